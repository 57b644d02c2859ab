import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listServices } from '../../db/services.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { PageQuerySchema, ServicePageSchema } from '../services/schemas.js';
import { toService } from '../services/to-service.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'listBillingServices',
  path: '/v1/orgs/{org}/billing/services',
  tags: ['billing'],
  summary: 'Every service of the organization, with its price',
  description:
    'R12: `billing` ≥ read lists every service — projects the caller cannot otherwise see included. Credentials stay masked.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, query: PageQuerySchema },
  responses: { 200: jsonContent(ServicePageSchema, 'One page of services.'), ...errorResponses },
});

export const registerListBillingServices = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'billing' });
    const page = await listServices(c.var.services.db, orgId, null, {
      limit: q.limit,
      after: q.cursor,
    });
    return c.json({ items: page.rows.map((r) => toService(r)), nextCursor: page.next }, 200);
  });
