import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { TeamParamsSchema, TeamSchema } from './schemas.js';
import { loadTeam, toTeam } from './team-access.js';

const route = createRoute({
  method: 'get',
  operationId: 'getTeam',
  path: '/v1/orgs/{org}/teams/{team}',
  tags: ['teams'],
  summary: 'One team',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: TeamParamsSchema },
  responses: { 200: jsonContent(TeamSchema, 'The team.'), ...errorResponses },
});

export const registerGetTeam = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, team: teamId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'members' });
    return c.json(toTeam(await loadTeam(c, orgId, teamId)), 200);
  });
