import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { approvalState, decideApproval, findApproval } from '../../db/approvals.js';
import { writeAudit } from '../../db/audit.js';
import { requireSession } from '../../lib/auth/index.js';
import { auditActor } from '../../lib/authz/audit-actor.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { ApprovalIdParamsSchema, ApprovalSchema } from '../support/schemas.js';
import { toApprovalView } from '../support/support-org.js';

const verdicts = [
  { verb: 'approve', status: 'approved' },
  { verb: 'deny', status: 'denied' },
] as const;

const routeFor = (verb: 'approve' | 'deny') =>
  createRoute({
    method: 'post',
    operationId: `${verb}Approval`,
    path: `/v1/orgs/{org}/approvals/{id}/${verb}`,
    tags: ['support'],
    summary:
      verb === 'approve'
        ? 'Approve a support request (owner only)'
        : 'Deny a support request (owner only)',
    description:
      'R41: only a pending, unexpired request can be decided (else 409 `approval_closed`); an approval lets support perform that one action once. R14: owner only, sessions only. Audited (R34) and in the transparency log (R43).',
    security: bearerSecurity,
    middleware: [requireSession] as const,
    request: { params: ApprovalIdParamsSchema },
    responses: { 200: jsonContent(ApprovalSchema, 'Decided.'), ...errorResponses },
  });

export const registerDecideApprovals = (app: App) => {
  for (const { verb, status } of verdicts) {
    app.openapi(routeFor(verb), async (c) => {
      const { org: orgId, id } = c.req.valid('param');
      const org = await loadOrg(c, orgId);
      authorize(c, org, 'update', { section: 'support_approvals' });
      const { db, now } = c.var.services;
      const at = now();
      const row = await db.transaction().execute(async (trx) => {
        const before = await findApproval(trx, orgId, id);
        if (!before) throw new ApiError({ code: 'not_found', detail: 'No such approval.' });
        if (!(await decideApproval(trx, orgId, id, status, c.var.caller.userId, at))) {
          throw new ApiError({
            code: 'approval_closed',
            detail: `The request is ${approvalState(before, at)}; only pending requests can be decided.`,
          });
        }
        await writeAudit(trx, {
          orgId,
          actor: auditActor(c.var.caller),
          action: `approval.${verb}`,
          subject: { type: 'approval', id },
          before: { status: before.status },
          after: {
            status,
            requesterId: before.requesterId,
            action: before.action,
            target: { section: before.section, project: before.projectId, server: before.serverId },
            outcome: status,
          },
        });
        return findApproval(trx, orgId, id);
      });
      if (!row) throw new ApiError({ code: 'not_found', detail: 'No such approval.' });
      return c.json(toApprovalView(row, at), 200);
    });
  }
};
