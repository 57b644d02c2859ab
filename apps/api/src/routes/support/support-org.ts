import type { Approval, SupportAssessment, Target } from '@mandate/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import {
  type ApprovalRow,
  approvalState,
  approvalTarget,
  listUsableApprovals,
  toCoreApproval,
} from '../../db/approvals.js';
import type { ServiceRow } from '../../db/services.js';
import type { AgentEnv } from '../../lib/auth/index.js';
import { assertOpenForRequest } from '../../lib/authz/closed-org.js';
import type { OrgAuthz } from '../../lib/authz/index.js';
import { ApiError } from '../../lib/errors/index.js';

/** The organization a support request is about; the staff realm sees every organization. */
export const loadSupportOrg = async (
  c: Context<AppEnv & AgentEnv>,
  orgId: string,
): Promise<OrgAuthz> => {
  const org = await c.var.services.authz.get(c.var.services.db, orgId);
  if (!org) throw new ApiError({ code: 'not_found', detail: 'No such organization.' });
  assertOpenForRequest(c, org.closedAt);
  return org;
};

export const toTarget = (t: {
  section: string;
  project?: string | undefined;
  server?: string | undefined;
}): Target => ({
  section: t.section,
  ...(t.project ? { project: t.project } : {}),
  ...(t.server ? { server: t.server } : {}),
});

/**
 * SPEC §7 through @mandate/core: the requester's usable approvals (R41) count; `mfa` is the
 * requester's second factor (R42).
 */
export const assessWithApprovals = async (
  c: Context<AppEnv & AgentEnv>,
  org: OrgAuthz,
  req: { userId: string; mfa: boolean },
  target: Target,
  approvals?: Approval[],
): Promise<SupportAssessment> => {
  const { db, now } = c.var.services;
  const at = now();
  const usable =
    approvals ?? (await listUsableApprovals(db, org.orgId, req.userId, at)).map(toCoreApproval);
  return org.evaluator.assessSupport(req, target, usable, at);
};

export const toApprovalView = (row: ApprovalRow, now: Date) => ({
  id: row.id,
  orgId: row.orgId,
  requesterId: row.requesterId,
  requesterName: row.requesterName,
  agentId: row.agentId,
  agentName: row.agentName,
  target: approvalTarget(row),
  action: row.action,
  serviceId: row.serviceId,
  reason: row.reason,
  status: approvalState(row, now),
  expiresAt: row.expiresAt.toISOString(),
  createdAt: row.createdAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
  usedAt: row.usedAt?.toISOString() ?? null,
});

/** What support sees of a service: never a secret, not even masked. */
export const toSupportService = (row: ServiceRow) => ({
  id: row.id,
  section: row.section,
  projectId: row.projectId,
  serverId: row.serverId,
  name: row.name,
  details: row.details,
  hasSecret: row.hasSecret,
});

/** A service id named in a support request must be of that section and place. */
export const serviceMatches = (row: ServiceRow, target: Target): boolean =>
  row.section === target.section &&
  (target.project ? row.projectId === target.project : row.serverId === (target.server ?? null));
