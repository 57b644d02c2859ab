import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { insertAlerts } from '../../db/alerts.js';
import { findApproval, insertApproval } from '../../db/approvals.js';
import { findService } from '../../db/services.js';
import { requireAgent } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { writeSupportLog } from '../../lib/support/support-log.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { ApprovalSchema, CreateApprovalBodySchema, SupportOrgParamsSchema } from './schemas.js';
import {
  assessWithApprovals,
  loadSupportOrg,
  serviceMatches,
  toApprovalView,
  toTarget,
} from './support-org.js';

const HOUR_MS = 3_600_000;

const route = createRoute({
  method: 'post',
  operationId: 'supportRequestApproval',
  path: '/v1/support/orgs/{org}/approvals',
  tags: ['support'],
  summary: 'Ask the owner to approve one action (R41)',
  description:
    'Only when the assessment of that action is `needs_owner_approval` (else 409 `approval_not_needed`). The owner sees it in the customer panel and is alerted; it expires after 24 h by default. Written to the transparency log (R43).',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  request: { params: SupportOrgParamsSchema, body: jsonBody(CreateApprovalBodySchema) },
  responses: { 201: jsonContent(ApprovalSchema, 'Requested.'), ...errorResponses },
});

export const registerCreateApproval = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const org = await loadSupportOrg(c, orgId);
    const { db, now } = c.var.services;
    const target = toTarget(body.target);
    const assessment = await assessWithApprovals(
      c,
      org,
      { userId: body.user, mfa: body.mfa },
      target,
    );
    const verdict = assessment.actions[body.action];
    const agentId = c.var.agent.agentId;
    const log = {
      orgId,
      agentId,
      requesterId: body.user,
      target,
      supportAction: body.action,
      mfa: body.mfa,
      assessment,
    };
    if (verdict !== 'needs_owner_approval') {
      await writeSupportLog(db, {
        ...log,
        action: 'support.approval.request',
        outcome: `refused:${verdict}`,
      });
      throw new ApiError({
        code: 'approval_not_needed',
        detail: `The assessment of ${body.action} is ${verdict}, not needs_owner_approval.`,
      });
    }
    if (body.serviceId) {
      // Only reached when the requester holds ≥ read here, so the service may be named.
      const service = await findService(db, orgId, body.serviceId);
      if (!service || !serviceMatches(service, target)) {
        throw new ApiError({ code: 'not_found', detail: 'No such service here.' });
      }
    }
    const id = newId('apr');
    const at = now();
    await db.transaction().execute(async (trx) => {
      await insertApproval(trx, {
        id,
        orgId,
        requesterId: body.user,
        agentId,
        target,
        serviceId: body.serviceId ?? null,
        action: body.action,
        reason: body.reason,
        expiresAt: new Date(at.getTime() + body.expiresInHours * HOUR_MS),
      });
      await insertAlerts(trx, [
        {
          id: newId('alr'),
          userId: org.ownerId,
          orgId,
          kind: 'support_approval',
          payload: { approvalId: id, action: body.action, target, reason: body.reason },
        },
      ]);
      await writeSupportLog(trx, {
        ...log,
        action: 'support.approval.request',
        outcome: 'requested',
        subject: { type: 'approval', id },
        detail: { reason: body.reason },
      });
    });
    const row = await findApproval(db, orgId, id);
    if (!row) throw new ApiError({ code: 'not_found', detail: 'No such approval.' });
    return c.json(toApprovalView(row, at), 201);
  });
