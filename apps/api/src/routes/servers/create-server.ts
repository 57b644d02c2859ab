import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { writeAudit } from '../../db/audit.js';
import { bumpAuthzVersion } from '../../db/authz-version.js';
import { insertServer } from '../../db/servers.js';
import { requireCaller } from '../../lib/auth/index.js';
import { auditActor } from '../../lib/authz/audit-actor.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { CreateServerBodySchema, ServerSchema } from './schemas.js';
import { toServer } from './to-server.js';

const route = createRoute({
  method: 'post',
  operationId: 'createServer',
  path: '/v1/orgs/{org}/servers',
  tags: ['servers'],
  summary: 'Add a dedicated server',
  description: 'A server is a subscription: it needs `create` on `account_management`.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(CreateServerBodySchema) },
  responses: { 201: jsonContent(ServerSchema, 'Added.'), ...errorResponses },
});

export const registerCreateServer = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const { name } = c.req.valid('json');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'create', { section: 'account_management' });
    const server = await c.var.services.db.transaction().execute(async (trx) => {
      const row = await insertServer(trx, { id: newId('srv'), orgId, name });
      // The snapshot lists servers: a new one must reach every instance's evaluator.
      await bumpAuthzVersion(trx, orgId);
      await writeAudit(trx, {
        orgId,
        actor: auditActor(c.var.caller),
        action: 'server.create',
        subject: { type: 'server', id: row.id },
        after: toServer(row),
      });
      return row;
    });
    return c.json(toServer(server), 201);
  });
