import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { writeAudit } from '../../db/audit.js';
import { deleteService } from '../../db/services.js';
import { requireCaller } from '../../lib/auth/index.js';
import { auditActor } from '../../lib/authz/audit-actor.js';
import { loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity } from '../shared-schemas.js';
import { loadService, serviceNotFound } from './load-service.js';
import { ServiceIdParamsSchema } from './schemas.js';
import { toService } from './to-service.js';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteService',
  path: '/v1/orgs/{org}/services/{id}',
  tags: ['services'],
  summary: 'Delete a service',
  description: 'R11: needs `delete` (manage). Only customers delete: support never does (R40).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: ServiceIdParamsSchema },
  responses: { 204: { description: 'Deleted.' }, ...errorResponses },
});

export const registerDeleteService = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, id } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    const { row } = await loadService(c, org, id, 'delete');
    await c.var.services.db.transaction().execute(async (trx) => {
      if (!(await deleteService(trx, orgId, row.id))) throw serviceNotFound();
      await writeAudit(trx, {
        orgId,
        actor: auditActor(c.var.caller),
        action: 'service.delete',
        subject: { type: 'service', id: row.id },
        before: toService(row),
      });
    });
    return c.body(null, 204);
  });
