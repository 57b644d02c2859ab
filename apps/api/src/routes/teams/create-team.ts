import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findTeam, insertTeam } from '../../db/teams.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, commitChange, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { TeamBodySchema, TeamWriteSchema } from './schemas.js';
import { toTeam } from './team-access.js';

const route = createRoute({
  method: 'post',
  operationId: 'createTeam',
  path: '/v1/orgs/{org}/teams',
  tags: ['teams'],
  summary: 'Create a team (R50)',
  description: 'Needs `members` = manage on the organization. Names are unique (409).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(TeamBodySchema) },
  responses: { 201: jsonContent(TeamWriteSchema, 'Created.'), ...errorResponses },
});

export const registerCreateTeam = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const { name } = c.req.valid('json');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'create', { section: 'members' });
    const id = newId('tem');
    const { result, receipt } = await commitChange(c, orgId, async (trx) => {
      await insertTeam(trx, { id, orgId, name });
      const team = toTeam((await findTeam(trx, orgId, id))!);
      return {
        result: team,
        audit: [{ action: 'team.create', subject: { type: 'team', id }, after: team }],
      };
    });
    return c.json({ ...result, receipt }, 201);
  });
