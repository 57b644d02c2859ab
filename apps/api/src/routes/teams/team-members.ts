import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { addTeamMember, findTeam, removeTeamMember } from '../../db/teams.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { TeamMemberParamsSchema, TeamWriteSchema } from './schemas.js';
import { assertMayMoveTeamGrants, loadTeam, toTeam } from './team-access.js';

const description =
  'Joining or leaving gives or takes the team’s grants: the caller must be allowed to give each ' +
  'of them to that member (`checkGrant`: R30, R31 — not to itself, not to the owner).';

const addRoute = createRoute({
  method: 'put',
  operationId: 'addTeamMember',
  path: '/v1/orgs/{org}/teams/{team}/members/{user}',
  tags: ['teams'],
  summary: 'Add a member to a team',
  description,
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: TeamMemberParamsSchema },
  responses: { 200: jsonContent(TeamWriteSchema, 'The team.'), ...errorResponses },
});

const removeRoute = createRoute({
  method: 'delete',
  operationId: 'removeTeamMember',
  path: '/v1/orgs/{org}/teams/{team}/members/{user}',
  tags: ['teams'],
  summary: 'Remove a member from a team',
  description,
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: TeamMemberParamsSchema },
  responses: { 200: jsonContent(TeamWriteSchema, 'The team.'), ...errorResponses },
});

export const registerTeamMembers = (app: App) => {
  app.openapi(addRoute, async (c) => {
    const { org: orgId, team: teamId, user } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'update', { section: 'members' });
    const before = toTeam(await loadTeam(c, orgId, teamId));
    if (!org.members.has(user)) {
      throw new ApiError({ code: 'not_member', detail: 'This person is not a member.' });
    }
    await assertMayMoveTeamGrants(c, org, teamId, user);
    const { result, receipt } = await commitChange(c, orgId, async (trx) => {
      const added = await addTeamMember(trx, teamId, user);
      const after = toTeam((await findTeam(trx, orgId, teamId))!);
      const audit = added
        ? [{ action: 'team.member.add', subject: { type: 'team', id: teamId }, before, after }]
        : [];
      return { result: after, audit };
    });
    return c.json({ ...result, receipt }, 200);
  });

  app.openapi(removeRoute, async (c) => {
    const { org: orgId, team: teamId, user } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'update', { section: 'members' });
    const before = toTeam(await loadTeam(c, orgId, teamId));
    if (!before.members.includes(user)) {
      throw new ApiError({ code: 'not_found', detail: 'Not a member of this team.' });
    }
    await assertMayMoveTeamGrants(c, org, teamId, user);
    const { result, receipt } = await commitChange(c, orgId, async (trx) => {
      await removeTeamMember(trx, teamId, user);
      const after = toTeam((await findTeam(trx, orgId, teamId))!);
      return {
        result: after,
        audit: [
          { action: 'team.member.remove', subject: { type: 'team', id: teamId }, before, after },
        ],
      };
    });
    return c.json({ ...result, receipt }, 200);
  });
};
