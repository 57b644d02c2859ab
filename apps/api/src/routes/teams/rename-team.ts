import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findTeam, renameTeam } from '../../db/teams.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, commitChange, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { TeamBodySchema, TeamParamsSchema, TeamWriteSchema } from './schemas.js';
import { loadTeam, toTeam } from './team-access.js';

const route = createRoute({
  method: 'patch',
  operationId: 'renameTeam',
  path: '/v1/orgs/{org}/teams/{team}',
  tags: ['teams'],
  summary: 'Rename a team',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: TeamParamsSchema, body: jsonBody(TeamBodySchema) },
  responses: { 200: jsonContent(TeamWriteSchema, 'Renamed.'), ...errorResponses },
});

export const registerRenameTeam = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, team: teamId } = c.req.valid('param');
    const { name } = c.req.valid('json');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'update', { section: 'members' });
    const before = toTeam(await loadTeam(c, orgId, teamId));
    const { result, receipt } = await commitChange(c, orgId, async (trx) => {
      await renameTeam(trx, orgId, teamId, name);
      const after = toTeam((await findTeam(trx, orgId, teamId))!);
      return {
        result: after,
        audit: [{ action: 'team.rename', subject: { type: 'team', id: teamId }, before, after }],
      };
    });
    return c.json({ ...result, receipt }, 200);
  });
