import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listServers } from '../../db/servers.js';
import { requireCaller } from '../../lib/auth/index.js';
import { decide, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { ServerListSchema } from './schemas.js';
import { toServer } from './to-server.js';

const route = createRoute({
  method: 'get',
  operationId: 'listServers',
  path: '/v1/orgs/{org}/servers',
  tags: ['servers'],
  summary: 'Servers I can see',
  description:
    'A server is listed when the caller holds a level above `none` on some server section there, or may view `account_management` (R15).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(ServerListSchema, 'The servers.'), ...errorResponses },
});

export const registerListServers = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    const rows = await listServers(c.var.services.db, orgId);
    const accountManager = decide(c, org, 'view', { section: 'account_management' }).allowed;
    const places = accountManager
      ? null
      : org.evaluator.effective(c.var.caller.principal, c.var.services.now()).servers;
    const visible = places ? rows.filter((r) => places[r.id] !== undefined) : rows;
    return c.json({ servers: visible.map(toServer) }, 200);
  });
