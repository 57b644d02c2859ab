import type { Db } from './database.js';

export interface AuditQuery {
  orgId: string;
  actor?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Rows with an id below this one (newest first). */
  before?: string;
  limit: number;
}

/** The organization's audit rows (kind `audit`), newest first, keyset-paginated by id. */
export const listAudit = (db: Db, q: AuditQuery) => {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select([
      'a.id',
      'a.at',
      'a.actor_user_id as actorId',
      'a.actor_token_id as tokenId',
      'u.name as actorName',
      'a.action',
      'a.subject_type as subjectType',
      'a.subject_id as subjectId',
      'a.before',
      'a.after',
    ])
    .where('a.org_id', '=', q.orgId)
    .where('a.kind', '=', 'audit');
  if (q.actor) query = query.where('a.actor_user_id', '=', q.actor);
  if (q.action) query = query.where('a.action', '=', q.action);
  if (q.from) query = query.where('a.at', '>=', q.from);
  if (q.to) query = query.where('a.at', '<', q.to);
  if (q.before) query = query.where('a.id', '<', q.before);
  return query.orderBy('a.id', 'desc').limit(q.limit).execute();
};
