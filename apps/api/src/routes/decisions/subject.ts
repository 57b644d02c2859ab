import type { Principal } from '@mandate/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { findToken } from '../../db/tokens.js';
import type { CallerEnv } from '../../lib/auth/caller.js';
import { authorize, type OrgAuthz } from '../../lib/authz/index.js';
import { ApiError } from '../../lib/errors/index.js';

/**
 * Whom a decision is about: the caller, or — for whoever may view `members` (R51) — another
 * member (`user`, with `mfa` saying whether to count requireMfa grants, R7) or a live token.
 */
export const subjectOf = async (
  c: Context<AppEnv & CallerEnv>,
  org: OrgAuthz,
  ask: { user?: string | undefined; token?: string | undefined; mfa?: boolean | undefined },
): Promise<Principal> => {
  if (ask.user && ask.token) {
    throw new ApiError({
      code: 'validation_failed',
      detail: 'Ask about a user or a token, not both.',
      errors: [{ path: 'query.token', message: 'not with user' }],
    });
  }
  if (!ask.user && !ask.token) return c.var.caller.principal;
  authorize(c, org, 'view', { section: 'members' });
  if (ask.user) {
    if (!org.members.has(ask.user)) {
      throw new ApiError({ code: 'not_member', detail: 'Not a member of this organization.' });
    }
    return { kind: 'user', userId: ask.user, mfa: ask.mfa ?? false };
  }
  const row = await findToken(c.var.services.db, org.orgId, ask.token!);
  if (!row || row.revokedAt || !org.members.has(row.userId)) {
    throw new ApiError({ code: 'not_found', detail: 'No such live token.' });
  }
  return {
    kind: 'token',
    userId: row.userId,
    tokenId: row.id,
    mfa: row.issuedWithMfa,
    ...(row.cap ? { cap: row.cap } : {}),
    ...(row.expiresAt ? { expiresAt: row.expiresAt.toISOString() } : {}),
  };
};
