import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { requireAgent } from '../../lib/auth/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { writeSupportLog } from '../../lib/support/support-log.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { AssessResponseSchema, SupportOrgParamsSchema, TargetQuerySchema } from './schemas.js';
import { assessWithApprovals, loadSupportOrg, toTarget } from './support-org.js';

const route = createRoute({
  method: 'get',
  operationId: 'supportAssess',
  path: '/v1/support/orgs/{org}/assess',
  tags: ['support'],
  summary: 'What support may do for this requester on this target (SPEC §7)',
  description:
    '`assessSupport` of @mandate/core with the organization’s usable approvals (R41); `mfa=false` leaves out requireMfa grants (R42). Written to the transparency log (R43).',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  request: { params: SupportOrgParamsSchema, query: TargetQuerySchema },
  responses: { 200: jsonContent(AssessResponseSchema, 'The assessment.'), ...errorResponses },
});

export const registerAssess = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadSupportOrg(c, orgId);
    const target = toTarget(q);
    const mfa = q.mfa === 'true';
    const assessment = await assessWithApprovals(c, org, { userId: q.user, mfa }, target);
    await writeSupportLog(c.var.services.db, {
      orgId,
      agentId: c.var.agent.agentId,
      action: 'support.assess',
      requesterId: q.user,
      target,
      mfa,
      outcome: 'assessed',
      assessment,
    });
    return c.json({ target, assessment }, 200);
  });
