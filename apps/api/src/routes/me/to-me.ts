import type { UserRow } from '../../db/users.js';
import type { Caller } from '../../lib/auth/index.js';

/** The profile as `/v1/me` answers it, with the credential in use (R7, R23). */
export const toMe = (user: UserRow, caller: Caller) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  locale: user.locale,
  mfaEnabled: user.mfaEnabled,
  credential:
    caller.kind === 'session'
      ? { kind: 'session' as const, mfa: caller.mfa }
      : { kind: 'token' as const, mfa: caller.principal.mfa, orgId: caller.orgId },
});
