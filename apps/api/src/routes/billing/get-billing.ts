import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findBalance } from '../../db/billing.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, loadOrg, orgNotFound } from '../../lib/authz/index.js';
import { CURRENCY } from '../../lib/billing/prices.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { BillingSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'getBilling',
  path: '/v1/orgs/{org}/billing',
  tags: ['billing'],
  summary: 'The balance',
  description: 'R12: needs `billing` ≥ read, which is always organization-wide.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(BillingSchema, 'The balance.'), ...errorResponses },
});

export const registerGetBilling = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'billing' });
    const row = await findBalance(c.var.services.db, orgId);
    if (!row) throw orgNotFound();
    return c.json(
      {
        balance: row.balanceCents / 100,
        balanceCents: row.balanceCents,
        creditLimitCents: row.creditLimitCents,
        currency: CURRENCY,
        negative: row.balanceCents < 0,
      },
      200,
    );
  });
