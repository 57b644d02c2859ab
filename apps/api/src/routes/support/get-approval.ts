import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findApproval } from '../../db/approvals.js';
import { requireAgent } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { ApprovalIdParamsSchema, ApprovalSchema } from './schemas.js';
import { loadSupportOrg, toApprovalView } from './support-org.js';

const route = createRoute({
  method: 'get',
  operationId: 'supportGetApproval',
  path: '/v1/support/orgs/{org}/approvals/{id}',
  tags: ['support'],
  summary: 'One approval request: pending, approved, denied, expired or used (R41)',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  request: { params: ApprovalIdParamsSchema },
  responses: { 200: jsonContent(ApprovalSchema, 'The approval.'), ...errorResponses },
});

export const registerGetApproval = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, id } = c.req.valid('param');
    await loadSupportOrg(c, orgId);
    const row = await findApproval(c.var.services.db, orgId, id);
    if (!row) throw new ApiError({ code: 'not_found', detail: 'No such approval.' });
    return c.json(toApprovalView(row, c.var.services.now()), 200);
  });
