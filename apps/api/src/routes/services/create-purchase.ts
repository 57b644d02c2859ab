import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findService, findServiceByName } from '../../db/services.js';
import { requireCaller } from '../../lib/auth/index.js';
import { auditActor } from '../../lib/authz/audit-actor.js';
import { authorize, decide, loadOrg } from '../../lib/authz/index.js';
import { purchasePrice } from '../../lib/billing/prices.js';
import { ApiError } from '../../lib/errors/index.js';
import { createServiceCharged } from '../../lib/services/create-service.js';
import { renewServiceCharged } from '../../lib/services/renew-service.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { serviceNotFound } from './load-service.js';
import { chargingErrorResponses } from './responses.js';
import { PurchaseBodySchema, ServiceSchema } from './schemas.js';
import { toService } from './to-service.js';

const YEAR_MS = 365 * 86_400_000;

const route = createRoute({
  method: 'post',
  operationId: 'purchase',
  path: '/v1/orgs/{org}/purchases',
  tags: ['services'],
  summary: 'Register, renew or transfer a domain; rent an IP address',
  description:
    'R13: the `purchase` decision — `manage` on the section and `billing` = manage, or the customer role `domain` for domains. The price is debited from the balance (402 `insufficient_balance`, R11). Renewing answers 200 with the renewed domain; the others 201.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(PurchaseBodySchema) },
  responses: {
    200: jsonContent(ServiceSchema, 'Renewed.'),
    201: jsonContent(ServiceSchema, 'Bought.'),
    ...chargingErrorResponses,
  },
});

export const registerCreatePurchase = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'purchase', { section: body.section, project: body.project });
    const priceCents = purchasePrice(body.section, body.kind);
    if (priceCents === undefined) {
      throw new ApiError({ code: 'validation_failed', detail: 'This section does not sell that.' });
    }
    const { db, now } = c.var.services;
    const common = {
      org,
      now: now(),
      revealBalance: decide(c, org, 'view', { section: 'billing' }).allowed,
      actor: auditActor(c.var.caller),
    };
    if (body.kind === 'renew') {
      const row = body.serviceId
        ? await findService(db, orgId, body.serviceId)
        : await findServiceByName(db, orgId, {
            section: body.section,
            projectId: body.project,
            name: body.name,
          });
      if (!row || row.section !== body.section || row.projectId !== body.project) {
        throw serviceNotFound();
      }
      const renewed = await renewServiceCharged(db, { ...common, row, priceCents });
      return c.json(toService(renewed), 200);
    }
    const row = await createServiceCharged(db, {
      ...common,
      section: body.section,
      projectId: body.project,
      serverId: null,
      name: body.name,
      details: {
        purchase: body.kind,
        ...(body.section === 'domains'
          ? { expiresAt: new Date(common.now.getTime() + YEAR_MS).toISOString() }
          : {}),
      },
      secret: null,
      purchase: { kind: body.kind, priceCents },
    });
    return c.json(toService(row), 201);
  });
