import { redirect } from '@sveltejs/kit';
import { parseSignIn } from '$lib/forms';
import { isLocale, translate } from '$lib/i18n/messages';
import { apiFor } from '$lib/server/api';
import { formFailure, invalid } from '$lib/server/errors';
import { safeRedirect, setLocaleCookie, setSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.sessionToken && !locals.mfaPending)
    redirect(303, safeRedirect(url.searchParams.get('next')));
  return {
    next: safeRedirect(url.searchParams.get('next'), ''),
    expired: url.searchParams.has('expired'),
    signedOut: url.searchParams.has('signedout'),
  };
};

export const actions: Actions = {
  default: async ({ request, cookies, locals, url }) => {
    const form = await request.formData();
    const next = safeRedirect(String(form.get('next') ?? ''));
    const parsed = parseSignIn(form);
    const L = locals.locale;
    if (!parsed.ok) return invalid(L, parsed.errors, parsed.values);
    let session: Awaited<ReturnType<typeof locals.api.signIn>>;
    try {
      session = await locals.api.signIn(parsed.value);
    } catch (err) {
      const failure = formFailure(err, L, { email: parsed.value.email });
      if (failure.data.code === 'invalid_credentials')
        failure.data.message = translate(L, 'auth.badCredentials');
      return failure;
    }
    const secure = url.protocol === 'https:';
    setSession(cookies, session.sessionToken, { mfaPending: session.mfaRequired, secure });
    if (session.mfaRequired) redirect(303, `/signin/verify?next=${encodeURIComponent(next)}`);
    // The profile's language wins from now on (remembered per user).
    const me = await apiFor(session.sessionToken)
      .me()
      .catch(() => null);
    if (me && isLocale(me.locale)) setLocaleCookie(cookies, me.locale, secure);
    redirect(303, next);
  },
};
