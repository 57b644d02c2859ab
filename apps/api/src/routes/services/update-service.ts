import { createRoute } from '@hono/zod-openapi';
import { sectionInfo } from '@mandate/core';
import type { App } from '../../context.js';
import { writeAudit } from '../../db/audit.js';
import { updateService } from '../../db/services.js';
import { requireCaller } from '../../lib/auth/index.js';
import { auditActor } from '../../lib/authz/audit-actor.js';
import { loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { loadService, serviceNotFound } from './load-service.js';
import { ServiceIdParamsSchema, ServiceSchema, UpdateServiceBodySchema } from './schemas.js';
import { toService } from './to-service.js';

const route = createRoute({
  method: 'patch',
  operationId: 'updateService',
  path: '/v1/orgs/{org}/services/{id}',
  tags: ['services'],
  summary: 'Change a service',
  description: 'R11: needs `update` (manage) on the section at the service’s place.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: ServiceIdParamsSchema, body: jsonBody(UpdateServiceBodySchema) },
  responses: { 200: jsonContent(ServiceSchema, 'The changed service.'), ...errorResponses },
});

export const registerUpdateService = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, id } = c.req.valid('param');
    const body = c.req.valid('json');
    const org = await loadOrg(c, orgId);
    const { row, decision } = await loadService(c, org, id, 'update');
    if (typeof body.secret === 'string' && !sectionInfo(row.section)?.cred) {
      throw new ApiError({
        code: 'validation_failed',
        detail: 'Only `cred` sections hold secrets.',
        errors: [{ path: 'body.secret', message: 'only `cred` sections hold secrets' }],
      });
    }
    const { db, now } = c.var.services;
    const updated = await db.transaction().execute(async (trx) => {
      const next = await updateService(trx, orgId, row.id, body, now());
      if (!next) throw serviceNotFound();
      await writeAudit(trx, {
        orgId,
        actor: auditActor(c.var.caller),
        action: 'service.update',
        subject: { type: 'service', id: row.id },
        before: toService(row),
        after: toService(next),
      });
      return next;
    });
    return c.json(toService(updated, decision.credentialsVisible), 200);
  });
