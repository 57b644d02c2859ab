import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listServices } from '../../db/services.js';
import { requireCaller } from '../../lib/auth/index.js';
import { loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { visibleSlices } from '../../lib/services/visible.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { ListServicesQuerySchema, ServicePageSchema } from './schemas.js';
import { toService } from './to-service.js';

const route = createRoute({
  method: 'get',
  operationId: 'listServices',
  path: '/v1/orgs/{org}/services',
  tags: ['services'],
  summary: 'Services I can see, per section and place',
  description:
    'R15: services in a (section, place) the caller may not `view` are left out, not refused. Credentials are masked (R10).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, query: ListServicesQuerySchema },
  responses: { 200: jsonContent(ServicePageSchema, 'One page of services.'), ...errorResponses },
});

export const registerListServices = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadOrg(c, orgId);
    const { db, now } = c.var.services;
    // Decided once per (section, place), then filtered in SQL: fast for 10,000 services.
    const slices = visibleSlices(org, c.var.caller.principal, now(), q);
    const page = await listServices(db, orgId, slices, { limit: q.limit, after: q.cursor });
    return c.json({ items: page.rows.map((r) => toService(r)), nextCursor: page.next }, 200);
  });
