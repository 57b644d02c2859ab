import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listSupportLog, type SupportLogRow } from '../../db/support-log.js';
import { requireSession } from '../../lib/auth/index.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';

const SupportLogEntrySchema = z
  .object({
    id: z.string(),
    at: z.string().datetime(),
    kind: z
      .string()
      .openapi({ description: '`support.assess`, `support.action.update`, `approval.approve`, …' }),
    agentId: z.string().nullable(),
    agentName: z.string().nullable(),
    actorUserId: z.string().nullable(),
    requesterId: z.string().nullable(),
    target: z
      .object({
        section: z.string(),
        project: z.string().nullable().optional(),
        server: z.string().nullable().optional(),
      })
      .nullable(),
    action: z.string().nullable(),
    outcome: z.string().nullable(),
    subject: z.object({ type: z.string(), id: z.string() }).nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi('SupportLogEntry');

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const toEntry = (r: SupportLogRow) => {
  const { requesterId, target, action, outcome, ...detail } = obj(r.after);
  const t = obj(target);
  const section = str(t.section);
  return {
    id: r.id,
    at: r.at.toISOString(),
    kind: r.action,
    agentId: r.agentId,
    agentName: r.agentName,
    actorUserId: r.actorUserId,
    requesterId: str(requesterId),
    target: section ? { section, project: str(t.project), server: str(t.server) } : null,
    action: str(action),
    outcome: str(outcome),
    subject: r.subjectType && r.subjectId ? { type: r.subjectType, id: r.subjectId } : null,
    detail,
  };
};

const route = createRoute({
  method: 'get',
  operationId: 'listSupportLog',
  path: '/v1/orgs/{org}/support-log',
  tags: ['support'],
  summary: 'The transparency log: every step support took for this organization (owner only)',
  description:
    'R43: lookups, assessments, matrices, approval requests and the owner’s verdicts, actions (performed or refused) and tickets. R14: reading it is `view` on `authorization_log` (owner only; tokens get `session_required`).',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  request: {
    params: OrgParamsSchema,
    query: z.object({
      cursor: z
        .string()
        .regex(/^\d{1,18}$/, 'must be a nextCursor')
        .optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: jsonContent(
      z
        .object({ items: z.array(SupportLogEntrySchema), nextCursor: z.string().nullable() })
        .openapi('SupportLogPage'),
      'One page of the log, newest first.',
    ),
    ...errorResponses,
  },
});

export const registerSupportLog = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'authorization_log' });
    const page = await listSupportLog(c.var.services.db, orgId, {
      limit: q.limit,
      before: q.cursor,
    });
    return c.json({ items: page.rows.map(toEntry), nextCursor: page.next }, 200);
  });
