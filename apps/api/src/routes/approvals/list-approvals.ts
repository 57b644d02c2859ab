import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listApprovals } from '../../db/approvals.js';
import { requireSession } from '../../lib/auth/index.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { PageQuerySchema } from '../services/schemas.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { ApprovalSchema } from '../support/schemas.js';
import { toApprovalView } from '../support/support-org.js';

const route = createRoute({
  method: 'get',
  operationId: 'listApprovals',
  path: '/v1/orgs/{org}/approvals',
  tags: ['support'],
  summary: 'What support asked to do (owner only)',
  description:
    'R14: `support_approvals` is owner-only; a token gets `session_required`, anyone else `owner_only`. Newest first.',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  request: { params: OrgParamsSchema, query: PageQuerySchema },
  responses: {
    200: jsonContent(
      z
        .object({ items: z.array(ApprovalSchema), nextCursor: z.string().nullable() })
        .openapi('ApprovalPage'),
      'One page of approval requests.',
    ),
    ...errorResponses,
  },
});

export const registerListApprovals = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'support_approvals' });
    const { db, now } = c.var.services;
    const page = await listApprovals(db, orgId, { limit: q.limit, after: q.cursor });
    const at = now();
    return c.json(
      { items: page.rows.map((r) => toApprovalView(r, at)), nextCursor: page.next },
      200,
    );
  });
