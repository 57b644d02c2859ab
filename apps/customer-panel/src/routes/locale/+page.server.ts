import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/messages';
import { safeRedirect, setLocaleCookie } from '$lib/server/session';
import type { Actions } from './$types';

export const load = () => redirect(303, '/');

export const actions: Actions = {
  // The language is remembered in a cookie and, when signed in, on the profile (PATCH /v1/me).
  default: async ({ request, cookies, locals, url }) => {
    const form = await request.formData();
    const locale = form.get('locale');
    if (isLocale(locale)) {
      setLocaleCookie(cookies, locale, url.protocol === 'https:');
      if (locals.sessionToken && !locals.mfaPending) {
        await locals.api.updateMe({ locale }).catch(() => undefined);
      }
    }
    redirect(303, safeRedirect(String(form.get('next') ?? '/')));
  },
};
