import type { AuditActor } from '../../db/audit.js';
import type { Caller } from '../auth/caller.js';

/** R34: who did it — the user, and the token when a token acted. */
export const auditActor = (caller: Caller): AuditActor =>
  caller.kind === 'token'
    ? { userId: caller.userId, tokenId: caller.tokenId }
    : { userId: caller.userId };
