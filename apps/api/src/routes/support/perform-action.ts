import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { consumeApproval, findApproval, toCoreApproval } from '../../db/approvals.js';
import { findService, listServices, updateService } from '../../db/services.js';
import { requireAgent } from '../../lib/auth/index.js';
import { ApiError } from '../../lib/errors/index.js';
import { createServiceIn } from '../../lib/services/create-service.js';
import { writeSupportLog } from '../../lib/support/support-log.js';
import { chargingErrorResponses } from '../services/responses.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { ActionBodySchema, ActionResultSchema, SupportOrgParamsSchema } from './schemas.js';
import {
  assessWithApprovals,
  loadSupportOrg,
  serviceMatches,
  toSupportService,
  toTarget,
} from './support-org.js';

const route = createRoute({
  method: 'post',
  operationId: 'supportPerformAction',
  path: '/v1/support/orgs/{org}/actions',
  tags: ['support'],
  summary: 'Support views, creates or updates a service for the requester',
  description:
    'Only when the assessment says `perform`; otherwise 403 with the verdict as `code` (`needs_owner_approval`, `verify_owner`, `customer_only`). With `approvalId`, an approved request is consumed (status `used`) in the same transaction as the action, so it works once (R41). `delete` is always refused: customers delete (R40). Every attempt is in the transparency log (R43).',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  request: { params: SupportOrgParamsSchema, body: jsonBody(ActionBodySchema) },
  responses: {
    200: jsonContent(ActionResultSchema, 'Performed.'),
    201: jsonContent(ActionResultSchema, 'Created.'),
    ...chargingErrorResponses,
  },
});

const notFound = () => new ApiError({ code: 'not_found', detail: 'No such service here.' });
const missing = (path: string, message: string) =>
  new ApiError({ code: 'validation_failed', detail: message, errors: [{ path, message }] });

export const registerPerformAction = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const org = await loadSupportOrg(c, orgId);
    const { db, now } = c.var.services;
    const at = now();
    const agentId = c.var.agent.agentId;
    const target = toTarget(body.target);
    const req = { userId: body.user, mfa: body.mfa };
    const base = await assessWithApprovals(c, org, req, target, []);
    const log = {
      orgId,
      agentId,
      requesterId: body.user,
      target,
      supportAction: body.action,
      mfa: body.mfa,
      assessment: base,
      ...(body.approvalId ? { detail: { approvalId: body.approvalId } } : {}),
    };
    const refuse = async (code: 'customer_only' | 'verify_owner' | 'needs_owner_approval') => {
      await writeSupportLog(db, {
        ...log,
        action: `support.action.${body.action}`,
        outcome: `refused:${code}`,
      });
      return new ApiError({ code, detail: `Support may not ${body.action} here: ${code}.` });
    };
    // R40: support never deletes, whatever the assessment says.
    if (body.action === 'delete') {
      // The assessment's own answer for delete (§7), never `perform`.
      throw await refuse(
        base.actions.delete === 'customer_only' ? 'customer_only' : 'verify_owner',
      );
    }
    const action = body.action;
    const approval = body.approvalId ? await findApproval(db, orgId, body.approvalId) : undefined;
    if (body.approvalId && !approval) {
      throw new ApiError({ code: 'not_found', detail: 'No such approval.' });
    }
    const assessment = approval
      ? await assessWithApprovals(c, org, req, target, [toCoreApproval(approval)])
      : base;
    const verdict = assessment.actions[action];
    if (verdict !== 'perform') {
      if (approval && base.actions[action] === 'needs_owner_approval') {
        await writeSupportLog(db, {
          ...log,
          action: `support.action.${action}`,
          outcome: 'refused:approval_not_usable',
        });
        throw new ApiError({
          code: 'approval_not_usable',
          detail:
            'The approval is not approved, expired, used, or for another requester, target or action.',
        });
      }
      throw await refuse(verdict);
    }
    // The approval counts only when it made the difference; then it is spent (R41).
    const spend = approval && base.actions[action] !== 'perform' ? approval.id : null;
    if (action === 'update' && !body.serviceId) {
      throw missing('body.serviceId', 'update needs serviceId');
    }
    if (action === 'update' && !body.changes?.name && !body.changes?.details) {
      throw missing('body.changes', 'update needs changes');
    }
    if (action === 'create' && !body.changes?.name) {
      throw missing('body.changes.name', 'create needs changes.name');
    }
    if (action === 'create' && !target.project && !target.server) {
      throw missing('body.target', 'create needs a project or a server');
    }
    const existing = body.serviceId ? await findService(db, orgId, body.serviceId) : undefined;
    if (body.serviceId && (!existing || !serviceMatches(existing, target))) throw notFound();

    const result = await db.transaction().execute(async (trx) => {
      if (spend && !(await consumeApproval(trx, orgId, spend, at))) {
        throw new ApiError({
          code: 'approval_not_usable',
          detail: 'The approval was already used.',
        });
      }
      const outcome = { ...log, assessment, outcome: 'performed', detail: { approvalId: spend } };
      if (action === 'create') {
        const row = await createServiceIn(trx, {
          org,
          now: at,
          section: target.section,
          projectId: target.project ?? null,
          serverId: target.project ? null : (target.server ?? null),
          name: body.changes?.name ?? '',
          details: body.changes?.details ?? {},
          secret: null,
          revealBalance: false,
          actor: { agentId },
          auditKind: 'support',
          auditNote: { requesterId: body.user, target, approvalId: spend, outcome: 'performed' },
        });
        return { status: 201 as const, service: row };
      }
      if (action === 'update' && existing) {
        const row = await updateService(trx, orgId, existing.id, body.changes ?? {}, at);
        if (!row) throw notFound();
        await writeSupportLog(trx, {
          ...outcome,
          action: 'support.action.update',
          subject: { type: 'service', id: row.id },
        });
        return { status: 200 as const, service: row };
      }
      await writeSupportLog(trx, {
        ...outcome,
        action: 'support.action.view',
        ...(existing ? { subject: { type: 'service', id: existing.id } } : {}),
      });
      if (existing) return { status: 200 as const, service: existing };
      const place = target.project
        ? { kind: 'project' as const, id: target.project }
        : target.server
          ? { kind: 'server' as const, id: target.server }
          : null;
      const page = place
        ? await listServices(
            trx,
            orgId,
            [{ sections: [target.section], kind: place.kind, places: [place.id] }],
            { limit: 200 },
          )
        : { rows: [] };
      return { status: 200 as const, service: null, items: page.rows };
    });
    return c.json(
      {
        outcome: 'performed' as const,
        action,
        service: result.service ? toSupportService(result.service) : null,
        ...('items' in result ? { items: result.items.map(toSupportService) } : {}),
        approvalId: spend,
      },
      result.status,
    );
  });
