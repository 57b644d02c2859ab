import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listServices } from '../../db/services.js';
import { requireAgent } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { writeSupportLog } from '../../lib/support/support-log.js';
import { PageQuerySchema } from '../services/schemas.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { SupportOrgParamsSchema, SupportServiceSchema, TargetQuerySchema } from './schemas.js';
import { assessWithApprovals, loadSupportOrg, toSupportService, toTarget } from './support-org.js';

const route = createRoute({
  method: 'get',
  operationId: 'supportListServices',
  path: '/v1/support/orgs/{org}/services',
  tags: ['support'],
  summary: 'Services of one section and place, where support may disclose them',
  description:
    'Only when the assessment says `disclose` (the requester holds ≥ read there); otherwise 404 — nothing, not even whether a service exists (SPEC §7, R15). Secrets are never included.',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  request: {
    params: SupportOrgParamsSchema,
    query: TargetQuerySchema.merge(PageQuerySchema),
  },
  responses: {
    200: jsonContent(
      z
        .object({ items: z.array(SupportServiceSchema), nextCursor: z.string().nullable() })
        .openapi('SupportServicePage'),
      'One page of services.',
    ),
    ...errorResponses,
  },
});

export const registerListSupportServices = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadSupportOrg(c, orgId);
    const target = toTarget(q);
    const mfa = q.mfa === 'true';
    const assessment = await assessWithApprovals(c, org, { userId: q.user, mfa }, target);
    const place = target.project
      ? { kind: 'project' as const, id: target.project }
      : target.server
        ? { kind: 'server' as const, id: target.server }
        : null;
    const { db } = c.var.services;
    await writeSupportLog(db, {
      orgId,
      agentId: c.var.agent.agentId,
      action: 'support.services',
      requesterId: q.user,
      target,
      mfa,
      outcome: assessment.disclose && place ? 'disclosed' : 'refused',
      assessment,
    });
    if (!assessment.disclose || !place) {
      throw new ApiError({ code: 'not_found', detail: 'Nothing support may disclose here.' });
    }
    const page = await listServices(
      db,
      orgId,
      [{ sections: [target.section], kind: place.kind, places: [place.id] }],
      { limit: q.limit, after: q.cursor },
    );
    return c.json({ items: page.rows.map(toSupportService), nextCursor: page.next }, 200);
  });
