import { redirect } from '@sveltejs/kit';
import { parseCode } from '$lib/forms';
import { isLocale, translate } from '$lib/i18n/messages';
import { formFailure, invalid } from '$lib/server/errors';
import { safeRedirect, setLocaleCookie, setSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (!locals.sessionToken) redirect(303, '/signin');
  if (!locals.mfaPending) redirect(303, safeRedirect(url.searchParams.get('next')));
  return { next: safeRedirect(url.searchParams.get('next'), '') };
};

export const actions: Actions = {
  default: async ({ request, cookies, locals, url }) => {
    const form = await request.formData();
    const next = safeRedirect(String(form.get('next') ?? ''));
    const parsed = parseCode(form);
    const L = locals.locale;
    if (!parsed.ok) return invalid(L, parsed.errors);
    try {
      await locals.api.verifyTotp(parsed.value.code);
    } catch (err) {
      const failure = formFailure(err, L);
      if (['invalid_totp', 'validation_failed'].includes(failure.data.code)) {
        failure.data.fields = { code: translate(L, 'auth.badCode') };
        failure.data.message = '';
      }
      return failure;
    }
    const secure = url.protocol === 'https:';
    setSession(cookies, locals.sessionToken!, { mfaPending: false, secure });
    const me = await locals.api.me().catch(() => null);
    if (me && isLocale(me.locale)) setLocaleCookie(cookies, me.locale, secure);
    redirect(303, next);
  },
};
