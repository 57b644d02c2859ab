import type { Db } from './database.js';
import { toJson } from './json.js';

export interface AuditActor {
  userId?: string;
  tokenId?: string;
  agentId?: string;
}

export interface AuditEntry {
  orgId: string | null;
  actor: AuditActor;
  /** dotted verb, e.g. `grant.create`, `token.revoke`, `support.assess` */
  action: string;
  subject?: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  kind?: 'audit' | 'support' | 'auth';
}

/**
 * R34 / R43: appends one row; the database refuses to alter it afterwards. Call it with the
 * same transaction as the change it records.
 *
 * @example await writeAudit(trx, { orgId, actor: { userId }, action: 'project.create',
 *   subject: { type: 'project', id }, after: project })
 */
export const writeAudit = async (db: Db, entry: AuditEntry): Promise<void> => {
  await db
    .insertInto('audit_log')
    .values({
      org_id: entry.orgId,
      kind: entry.kind ?? 'audit',
      actor_user_id: entry.actor.userId ?? null,
      actor_token_id: entry.actor.tokenId ?? null,
      actor_agent_id: entry.actor.agentId ?? null,
      action: entry.action,
      subject_type: entry.subject?.type ?? null,
      subject_id: entry.subject?.id ?? null,
      before: entry.before === undefined ? null : toJson(entry.before),
      after: entry.after === undefined ? null : toJson(entry.after),
    })
    .execute();
};
