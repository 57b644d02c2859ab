import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listUserAlerts } from '../../db/alerts.js';
import { requireCaller } from '../../lib/auth/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { PageQuerySchema } from '../services/schemas.js';
import { bearerSecurity, idSchema, jsonContent } from '../shared-schemas.js';

const AlertSchema = z
  .object({
    id: z.string(),
    orgId: z.string().nullable(),
    kind: z
      .string()
      .openapi({ description: '`balance_negative`, `support_ticket`, `support_approval`, …' }),
    payload: z.record(z.string(), z.unknown()),
    createdAt: z.string().datetime(),
    sentAt: z.string().datetime().nullable(),
  })
  .openapi('Alert');

const route = createRoute({
  method: 'get',
  operationId: 'listMyAlerts',
  path: '/v1/me/alerts',
  tags: ['me'],
  summary: 'My alerts (negative balance, technical tickets, approval requests)',
  description:
    'R44: the outbox entries addressed to me. A token sees those of its organization only.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { query: PageQuerySchema.extend({ org: idSchema('org').optional() }) },
  responses: {
    200: jsonContent(
      z
        .object({ items: z.array(AlertSchema), nextCursor: z.string().nullable() })
        .openapi('AlertPage'),
      'One page of alerts.',
    ),
    ...errorResponses,
  },
});

export const registerListMyAlerts = (app: App) =>
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const caller = c.var.caller;
    const orgId = caller.kind === 'token' ? caller.orgId : q.org;
    const page = await listUserAlerts(c.var.services.db, caller.userId, {
      limit: q.limit,
      after: q.cursor,
      orgId,
    });
    return c.json(
      {
        items: page.rows.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
        })),
        nextCursor: page.next,
      },
      200,
    );
  });
