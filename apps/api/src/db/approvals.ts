import type { Approval, Target } from '@mandate/core';
import { sql } from 'kysely';
import type { Db } from './database.js';
import { olderThan, pageOf } from './keyset.js';

export type StoredApprovalStatus = 'pending' | 'approved' | 'denied' | 'used';
/** R41: what an approval looks like from outside; `expired` is derived from `expiresAt`. */
export type ApprovalState = StoredApprovalStatus | 'expired';

export interface ApprovalRow {
  id: string;
  orgId: string;
  requesterId: string;
  requesterName: string | null;
  agentId: string | null;
  agentName: string | null;
  section: string;
  projectId: string | null;
  serverId: string | null;
  serviceId: string | null;
  action: 'view' | 'create' | 'update';
  reason: string;
  status: StoredApprovalStatus;
  expiresAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  usedAt: Date | null;
  createdAt: Date;
}

const select = (db: Db) =>
  db
    .selectFrom('approvals as a')
    .leftJoin('users as u', 'u.id', 'a.requester_id')
    .leftJoin('support_agents as s', 's.id', 'a.agent_id')
    .select([
      'a.id',
      'a.org_id as orgId',
      'a.requester_id as requesterId',
      'u.name as requesterName',
      'a.agent_id as agentId',
      's.name as agentName',
      'a.section',
      'a.project_id as projectId',
      'a.server_id as serverId',
      'a.service_id as serviceId',
      'a.action',
      'a.reason',
      'a.status',
      'a.expires_at as expiresAt',
      'a.decided_by as decidedBy',
      'a.decided_at as decidedAt',
      'a.used_at as usedAt',
      'a.created_at as createdAt',
    ]);

/** Pending and approved requests past their time limit are expired (R41). */
export const approvalState = (row: ApprovalRow, now: Date): ApprovalState =>
  (row.status === 'pending' || row.status === 'approved') && row.expiresAt <= now
    ? 'expired'
    : row.status;

export const approvalTarget = (row: ApprovalRow): Target => ({
  section: row.section,
  ...(row.projectId ? { project: row.projectId } : {}),
  ...(row.serverId ? { server: row.serverId } : {}),
});

/** The approval as @mandate/core reads it. */
export const toCoreApproval = (row: ApprovalRow): Approval => ({
  id: row.id,
  requesterId: row.requesterId,
  target: approvalTarget(row),
  action: row.action,
  status: row.status,
  expiresAt: row.expiresAt.toISOString(),
});

export const insertApproval = async (
  db: Db,
  a: {
    id: string;
    orgId: string;
    requesterId: string;
    agentId: string;
    target: Target;
    serviceId: string | null;
    action: 'view' | 'create' | 'update';
    reason: string;
    expiresAt: Date;
  },
): Promise<void> => {
  await db
    .insertInto('approvals')
    .values({
      id: a.id,
      org_id: a.orgId,
      requester_id: a.requesterId,
      agent_id: a.agentId,
      section: a.target.section,
      project_id: a.target.project ?? null,
      server_id: a.target.server ?? null,
      service_id: a.serviceId,
      action: a.action,
      reason: a.reason,
      expires_at: a.expiresAt,
    })
    .execute();
};

export const findApproval = (db: Db, orgId: string, id: string): Promise<ApprovalRow | undefined> =>
  select(db).where('a.org_id', '=', orgId).where('a.id', '=', id).executeTakeFirst();

/** Newest first; keyset on (created_at, id) through the id of the last row seen. */
export const listApprovals = async (
  db: Db,
  orgId: string,
  page: { limit: number; after?: string | undefined },
): Promise<{ rows: ApprovalRow[]; next: string | null }> => {
  let query = select(db)
    .where('a.org_id', '=', orgId)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(page.limit + 1);
  if (page.after) {
    query = query.where(
      olderThan(
        { table: 'approvals', alias: 'a', at: 'created_at', owner: ['org_id', orgId] },
        page.after,
      ),
    );
  }
  const rows = await query.execute();
  return pageOf(rows, page.limit);
};

/**
 * The owner's verdict (R41): only a pending, unexpired request changes; returns whether it did.
 */
export const decideApproval = async (
  db: Db,
  orgId: string,
  id: string,
  verdict: 'approved' | 'denied',
  by: string,
  at: Date,
): Promise<boolean> => {
  const result = await db
    .updateTable('approvals')
    .set({ status: verdict, decided_by: by, decided_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

/**
 * R41 "once": marks an approved, unexpired, unused request `used`. A single conditional UPDATE,
 * so of two concurrent uses exactly one succeeds.
 */
export const consumeApproval = async (
  db: Db,
  orgId: string,
  id: string,
  at: Date,
): Promise<boolean> => {
  const result = await db
    .updateTable('approvals')
    .set({ status: 'used', used_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'approved')
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

/** The requester's approvals that can still change a verdict (approved, unused). */
export const listUsableApprovals = (db: Db, orgId: string, requesterId: string, at: Date) =>
  select(db)
    .where('a.org_id', '=', orgId)
    .where('a.requester_id', '=', requesterId)
    .where('a.status', '=', 'approved')
    .where('a.expires_at', '>', at)
    .where(sql<boolean>`a.used_at is null`)
    .execute();
