import { redirect } from '@sveltejs/kit';
import { parseSignUp } from '$lib/forms';
import { translate } from '$lib/i18n/messages';
import { formFailure, invalid } from '$lib/server/errors';
import { safeRedirect, setLocaleCookie, setSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.sessionToken && !locals.mfaPending)
    redirect(303, safeRedirect(url.searchParams.get('next')));
  return {
    next: safeRedirect(url.searchParams.get('next'), ''),
    email: url.searchParams.get('email') ?? '',
  };
};

export const actions: Actions = {
  default: async ({ request, cookies, locals, url }) => {
    const form = await request.formData();
    const next = safeRedirect(String(form.get('next') ?? ''), '/orgs');
    const parsed = parseSignUp(form);
    const L = locals.locale;
    if (!parsed.ok) return invalid(L, parsed.errors, parsed.values);
    const { password: _password, ...echo } = parsed.value;
    let token: string;
    try {
      // The profile starts in the language the visitor is using (R: EN/FR per user).
      token = (await locals.api.signUp({ ...parsed.value, locale: L })).sessionToken;
    } catch (err) {
      const failure = formFailure(err, L, echo);
      if (failure.data.code === 'email_taken') {
        failure.data.fields = { email: translate(L, 'auth.emailTaken') };
        failure.data.message = '';
      }
      return failure;
    }
    const secure = url.protocol === 'https:';
    setSession(cookies, token, { mfaPending: false, secure });
    setLocaleCookie(cookies, L, secure);
    redirect(303, next);
  },
};
