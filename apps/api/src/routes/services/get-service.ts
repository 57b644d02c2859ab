import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { requireCaller } from '../../lib/auth/index.js';
import { loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { loadService } from './load-service.js';
import { ServiceIdParamsSchema, ServiceSchema } from './schemas.js';
import { toService } from './to-service.js';

const route = createRoute({
  method: 'get',
  operationId: 'getService',
  path: '/v1/orgs/{org}/services/{id}',
  tags: ['services'],
  summary: 'One service (credentials masked)',
  description:
    'R15: a service the caller may not `view` answers 404. `credentialsVisible` says whether …/credentials would answer (R10).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: ServiceIdParamsSchema },
  responses: { 200: jsonContent(ServiceSchema, 'The service.'), ...errorResponses },
});

export const registerGetService = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, id } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    const { row, decision } = await loadService(c, org, id, 'view');
    return c.json(toService(row, decision.credentialsVisible), 200);
  });
