import type { Services } from '../../context.js';
import { findTokenForAuth, touchToken } from '../../db/tokens.js';
import { ApiError } from '../errors/index.js';
import { apiTokenPrefix } from './api-token.js';
import type { Caller } from './caller.js';
import { sameHash, sha256 } from './secrets.js';

const DAY_MS = 86_400_000;
// last_used_at is written at most once a minute per token: one write per request would cost
// more than the whole decision.
const TOUCH_EVERY_MS = 60_000;

const invalid = () => new ApiError({ code: 'token_invalid', detail: 'Unknown API token.' });

/** R20–R23: a live `mnd_` token becomes a token principal acting as its user. */
export const authenticateToken = async (services: Services, secret: string): Promise<Caller> => {
  const prefix = apiTokenPrefix(secret);
  if (!prefix) throw invalid();
  const row = await findTokenForAuth(services.db, prefix);
  if (!row || !sameHash(row.secretHash, sha256(secret))) throw invalid();
  const now = services.now();
  if (row.revokedAt)
    throw new ApiError({ code: 'token_revoked', detail: 'This token was revoked.' });
  if (row.expiresAt && row.expiresAt <= now) {
    throw new ApiError({ code: 'token_expired', detail: 'This API token has expired.' });
  }
  // R22: a token dies when its user leaves the organization.
  if (!row.membershipUserId) {
    throw new ApiError({
      code: 'token_revoked',
      detail: 'The token’s user left the organization.',
    });
  }
  const lastUse = row.lastUsedAt ?? row.createdAt;
  if (row.idleDisableDays && now.getTime() - lastUse.getTime() > row.idleDisableDays * DAY_MS) {
    throw new ApiError({
      code: 'token_idle',
      detail: 'This token was disabled after being unused.',
    });
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await touchToken(services.db, row.id, now);
  }
  return {
    kind: 'token',
    userId: row.userId,
    tokenId: row.id,
    orgId: row.orgId,
    orgAccess: row.org,
    principal: {
      kind: 'token',
      userId: row.userId,
      tokenId: row.id,
      mfa: row.issuedWithMfa,
      ...(row.cap ? { cap: row.cap } : {}),
      ...(row.expiresAt ? { expiresAt: row.expiresAt.toISOString() } : {}),
    },
  };
};
