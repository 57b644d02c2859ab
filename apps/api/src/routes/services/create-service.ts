import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { requireCaller } from '../../lib/auth/index.js';
import { auditActor } from '../../lib/authz/audit-actor.js';
import { authorize, decide, loadOrg } from '../../lib/authz/index.js';
import { createServiceCharged } from '../../lib/services/create-service.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { chargingErrorResponses } from './responses.js';
import { CreateServiceBodySchema, ServiceSchema } from './schemas.js';
import { toService } from './to-service.js';

const route = createRoute({
  method: 'post',
  operationId: 'createService',
  path: '/v1/orgs/{org}/services',
  tags: ['services'],
  summary: 'Create a service in a project or on a server',
  description:
    'R11: needs `create` (manage) on the section there — no billing access: the section’s price is debited from the balance in the same transaction; `insufficient_balance` (402) never shows the balance without billing ≥ read. For `domains` / `ip_addresses` this adds one the customer already holds (free); registering or renting is a purchase (R13).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(CreateServiceBodySchema) },
  responses: { 201: jsonContent(ServiceSchema, 'Created.'), ...chargingErrorResponses },
});

export const registerCreateService = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const org = await loadOrg(c, orgId);
    const target = body.project
      ? { section: body.section, project: body.project }
      : { section: body.section, server: body.server ?? '' };
    // An unknown or invisible project / server answers 404 (R15).
    const decision = authorize(c, org, 'create', target);
    const { db, now } = c.var.services;
    const row = await createServiceCharged(db, {
      org,
      now: now(),
      section: body.section,
      projectId: body.project ?? null,
      serverId: body.server ?? null,
      name: body.name,
      details: body.details ?? {},
      secret: body.secret ?? null,
      revealBalance: decide(c, org, 'view', { section: 'billing' }).allowed,
      actor: auditActor(c.var.caller),
    });
    return c.json(toService(row, decision.credentialsVisible), 201);
  });
