import { MandateError } from '@mandate/sdk';
import { clearSession } from '$lib/server/session';
import type { LayoutServerLoad } from './$types';

// Every page knows the locale and who is signed in (GET /v1/me), nothing secret. Only a session
// the API refuses (401) is forgotten: an API that is briefly down must not sign everyone out.
export const load: LayoutServerLoad = async ({ locals, cookies }) => {
  let me = null;
  if (locals.sessionToken && !locals.mfaPending) {
    try {
      me = await locals.api.me();
    } catch (err) {
      if (err instanceof MandateError && err.status === 401) clearSession(cookies);
      else console.error(err);
    }
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
