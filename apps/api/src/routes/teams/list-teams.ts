import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listTeams } from '../../db/teams.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { TeamListSchema } from './schemas.js';
import { toTeam } from './team-access.js';

const route = createRoute({
  method: 'get',
  operationId: 'listTeams',
  path: '/v1/orgs/{org}/teams',
  tags: ['teams'],
  summary: 'Teams of the organization (R50)',
  description: 'Needs `view` on `members`.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(TeamListSchema, 'The teams.'), ...errorResponses },
});

export const registerListTeams = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'members' });
    const teams = await listTeams(c.var.services.db, orgId);
    return c.json({ items: teams.map(toTeam), nextCursor: null }, 200);
  });
