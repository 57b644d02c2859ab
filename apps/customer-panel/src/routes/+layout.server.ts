import type { LayoutServerLoad } from './$types';

// Every page knows the locale and who is signed in (GET /v1/me), nothing secret.
export const load: LayoutServerLoad = async ({ locals, cookies }) => {
  let me = null;
  if (locals.sessionToken && !locals.mfaPending) {
    me = await locals.api.me().catch(() => null);
    if (!me) cookies.delete('mandate_session', { path: '/' });
  }
  return {
    locale: locals.locale,
    me: me && {
      id: me.id,
      email: me.email,
      name: me.name,
      mfaEnabled: me.mfaEnabled,
      sessionMfa: me.credential.mfa,
    },
  };
};
