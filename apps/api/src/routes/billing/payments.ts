import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { writeAudit } from '../../db/audit.js';
import { listPayments, type PaymentRow, recordPayment } from '../../db/payments.js';
import { requireCaller } from '../../lib/auth/index.js';
import { auditActor } from '../../lib/authz/audit-actor.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { PageQuerySchema } from '../services/schemas.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { AddFundsBodySchema, AddFundsResultSchema, PaymentPageSchema } from './schemas.js';

const listRoute = createRoute({
  method: 'get',
  operationId: 'listPayments',
  path: '/v1/orgs/{org}/billing/payments',
  tags: ['billing'],
  summary: 'Payments, newest first',
  description: 'R12: `billing` ≥ read.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, query: PageQuerySchema },
  responses: { 200: jsonContent(PaymentPageSchema, 'One page of payments.'), ...errorResponses },
});

const addRoute = createRoute({
  method: 'post',
  operationId: 'addFunds',
  path: '/v1/orgs/{org}/billing/payments',
  tags: ['billing'],
  summary: 'Add funds to the balance',
  description:
    '`billing` = manage (R11: manage allows `create`). This demo has no payment provider: the payment is recorded as received and credits the balance at once. Written to the audit log.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(AddFundsBodySchema) },
  responses: { 201: jsonContent(AddFundsResultSchema, 'Paid.'), ...errorResponses },
});

const toPayment = (p: PaymentRow) => ({
  ...p,
  amount: p.amountCents / 100,
  paidAt: p.paidAt.toISOString(),
});

export const registerPayments = (app: App) => {
  app.openapi(listRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'billing' });
    const page = await listPayments(c.var.services.db, orgId, { limit: q.limit, after: q.cursor });
    return c.json({ items: page.rows.map(toPayment), nextCursor: page.next }, 200);
  });

  app.openapi(addRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const { amountCents } = c.req.valid('json');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'create', { section: 'billing' });
    const { db, now } = c.var.services;
    const caller = c.var.caller;
    const result = await db.transaction().execute(async (trx) => {
      const paid = await recordPayment(trx, {
        id: newId('pay'),
        orgId,
        amountCents,
        paidBy: caller.userId,
        paidAt: now(),
      });
      await writeAudit(trx, {
        orgId,
        actor: auditActor(caller),
        action: 'billing.payment',
        subject: { type: 'payment', id: paid.payment.id },
        after: { amountCents, balanceCents: paid.balanceCents },
      });
      return paid;
    });
    return c.json(
      {
        payment: toPayment(result.payment),
        balance: result.balanceCents / 100,
        balanceCents: result.balanceCents,
      },
      201,
    );
  });
};
