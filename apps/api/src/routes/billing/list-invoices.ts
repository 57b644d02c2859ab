import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listInvoices } from '../../db/billing.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { PageQuerySchema } from '../services/schemas.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { InvoicePageSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'listInvoices',
  path: '/v1/orgs/{org}/billing/invoices',
  tags: ['billing'],
  summary: 'Invoices, newest first',
  description: 'R12: `billing` ≥ read. One invoice per debit of the balance (service, purchase).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, query: PageQuerySchema },
  responses: { 200: jsonContent(InvoicePageSchema, 'One page of invoices.'), ...errorResponses },
});

export const registerListInvoices = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'billing' });
    const page = await listInvoices(c.var.services.db, orgId, { limit: q.limit, after: q.cursor });
    return c.json(
      {
        items: page.rows.map((r) => ({
          ...r,
          amount: r.amountCents / 100,
          issuedAt: r.issuedAt.toISOString(),
        })),
        nextCursor: page.next,
      },
      200,
    );
  });
