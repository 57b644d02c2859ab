import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { listGrants, toCore } from '../../db/grants.js';
import { findTeam, type TeamRow } from '../../db/teams.js';
import type { CallerEnv } from '../../lib/auth/caller.js';
import { assertMayGrant } from '../../lib/authz/grant-check.js';
import type { OrgAuthz } from '../../lib/authz/index.js';
import { ApiError } from '../../lib/errors/index.js';

type Ctx = Context<AppEnv & CallerEnv>;

export const toTeam = (t: TeamRow) => ({
  id: t.id,
  name: t.name,
  members: t.members,
  createdAt: t.createdAt.toISOString(),
});

export const loadTeam = async (c: Ctx, orgId: string, teamId: string): Promise<TeamRow> => {
  const team = await findTeam(c.var.services.db, orgId, teamId);
  if (!team) throw new ApiError({ code: 'not_found', detail: 'No such team.' });
  return team;
};

/**
 * Joining or leaving a team gives or takes its grants: the caller must be allowed to give each
 * of them to that user (`checkGrant`, R30, R31 — no escalation, not to itself, not the owner).
 * Deleting a team takes its grants back from everyone: `user` undefined checks them as team grants.
 */
export const assertMayMoveTeamGrants = async (
  c: Ctx,
  org: OrgAuthz,
  teamId: string,
  user?: string,
): Promise<void> => {
  const grants = await listGrants(c.var.services.db, org.orgId, { grantee: { team: teamId } });
  for (const g of grants) {
    const core = toCore(g, user ? { user } : undefined);
    assertMayGrant(org, c.var.caller.principal, core, c.var.services.now(), 'path');
  }
};
