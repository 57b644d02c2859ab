import type { Db } from './database.js';
import { pageOf } from './keyset.js';

export interface SupportLogRow {
  id: string;
  at: Date;
  action: string;
  agentId: string | null;
  agentName: string | null;
  actorUserId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  after: unknown;
}

/**
 * R43: the transparency log of one organization — every support step (kind `support`) and the
 * owner's verdicts on approval requests — newest first, keyset-paginated by id.
 */
export const listSupportLog = async (
  db: Db,
  orgId: string,
  page: { limit: number; before?: string | undefined },
): Promise<{ rows: SupportLogRow[]; next: string | null }> => {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('support_agents as s', 's.id', 'a.actor_agent_id')
    .select([
      'a.id',
      'a.at',
      'a.action',
      'a.actor_agent_id as agentId',
      's.name as agentName',
      'a.actor_user_id as actorUserId',
      'a.subject_type as subjectType',
      'a.subject_id as subjectId',
      'a.after',
    ])
    .where('a.org_id', '=', orgId)
    .where((eb) => eb.or([eb('a.kind', '=', 'support'), eb('a.subject_type', '=', 'approval')]))
    .orderBy('a.id', 'desc')
    .limit(page.limit + 1);
  if (page.before) query = query.where('a.id', '<', page.before);
  const rows = (await query.execute()).map((r) => ({ ...r, id: String(r.id) }));
  return pageOf(rows, page.limit);
};
