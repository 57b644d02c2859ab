import type { Scope, Target } from '@mandate/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { findGrant, type GrantRecord, scopeOfRecord } from '../../db/grants.js';
import type { CallerEnv } from '../../lib/auth/caller.js';
import { decide, type OrgAuthz } from '../../lib/authz/index.js';
import { ApiError } from '../../lib/errors/index.js';

type Ctx = Context<AppEnv & CallerEnv>;

/** `members` where a grant of this scope lives (a project's own `members`, else the org's). */
export const membersTarget = (scope: Scope): Target =>
  'project' in scope ? { section: 'members', project: scope.project } : { section: 'members' };

/** R51, R15: grants are visible to whoever may view `members` where they apply. */
export const maySeeGrantsAt = (c: Ctx, org: OrgAuthz, scope: Scope): boolean =>
  decide(c, org, 'view', membersTarget(scope)).allowed;

export const grantNotFound = () => new ApiError({ code: 'not_found', detail: 'No such grant.' });

/** A user or team grant the caller may see; anything else (pending, foreign, hidden) is a 404. */
export const loadVisibleGrant = async (c: Ctx, org: OrgAuthz, id: string): Promise<GrantRecord> => {
  const grant = await findGrant(c.var.services.db, org.orgId, id);
  if (!grant || grant.invitationId || !maySeeGrantsAt(c, org, scopeOfRecord(grant))) {
    throw grantNotFound();
  }
  return grant;
};

/** A grantee must be a member (user) or a team of this organization; else 404 (R15). */
export const assertGrantee = (
  org: OrgAuthz,
  grantee: { user: string } | { team: string },
): void => {
  if ('user' in grantee) {
    // Membership as of this request's authz_version (read with the organization).
    if (!org.members.has(grantee.user)) {
      throw new ApiError({
        code: 'not_member',
        detail: 'This person is not a member; invite them by e-mail (POST …/invitations).',
      });
    }
    return;
  }
  if (org.snapshot.teams[grantee.team] === undefined) {
    throw new ApiError({ code: 'not_found', detail: 'No such team.' });
  }
};

/** R8: a grant that is already expired gives nothing; asking for one is a mistake (400). */
export const assertFuture = (expiresAt: string | null | undefined, now: Date, path: string) => {
  if (expiresAt && new Date(expiresAt).getTime() <= now.getTime()) {
    throw new ApiError({
      code: 'validation_failed',
      detail: 'expiresAt must be in the future.',
      errors: [{ path, message: 'must be in the future' }],
    });
  }
};

/** `If-Match: 3`, `"3"` or `W/"3"` → 3; absent → null; anything else → 400. */
export const parseIfMatch = (header: string | undefined): number | null => {
  if (header === undefined) return null;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) {
    throw new ApiError({
      code: 'validation_failed',
      detail: 'If-Match must be the grant’s rowVersion.',
      errors: [{ path: 'header.if-match', message: 'must be a rowVersion' }],
    });
  }
  return Number(match[1]);
};

export const staleEdit = (current: number | undefined) =>
  new ApiError({
    code: 'stale_edit',
    detail:
      current === undefined
        ? 'The grant changed since you read it.'
        : `The grant changed since you read it (now at rowVersion ${current}).`,
  });
