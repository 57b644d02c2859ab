import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { writeAudit } from '../../db/audit.js';
import { findServiceSecret } from '../../db/services.js';
import { requireCaller } from '../../lib/auth/index.js';
import { auditActor } from '../../lib/authz/audit-actor.js';
import { loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { loadService } from './load-service.js';
import { CredentialsSchema, ServiceIdParamsSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'getServiceCredentials',
  path: '/v1/orgs/{org}/services/{id}/credentials',
  tags: ['services'],
  summary: 'Reveal a service’s password or key',
  description:
    'R10: allowed by `view_credentials` (read is enough: a read-only member sees passwords). Every reveal is written to the audit log.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: ServiceIdParamsSchema },
  responses: { 200: jsonContent(CredentialsSchema, 'The secret.'), ...errorResponses },
});

export const registerGetCredentials = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, id } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    const { row } = await loadService(c, org, id, 'view_credentials');
    const { db } = c.var.services;
    const secret = await db.transaction().execute(async (trx) => {
      await writeAudit(trx, {
        orgId,
        actor: auditActor(c.var.caller),
        action: 'service.credentials.view',
        subject: { type: 'service', id: row.id },
        after: { section: row.section, projectId: row.projectId, serverId: row.serverId },
      });
      return findServiceSecret(trx, orgId, row.id);
    });
    return c.json({ serviceId: row.id, secret }, 200);
  });
