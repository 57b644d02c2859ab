import type { Db } from './database.js';
import { toJson } from './json.js';
import { olderThan, pageOf } from './keyset.js';

export interface AlertRow {
  id: string;
  orgId: string | null;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * R44: one alert per recipient, written to the alerts/outbox table in the same transaction as
 * its cause (a mailer sends them and sets `sent_at`).
 *
 * @example await insertAlerts(trx, [{ id: newId('alr'), userId, orgId, kind: 'balance_negative',
 *   payload: { balanceCents: -300 } }])
 */
export const insertAlerts = async (
  db: Db,
  alerts: {
    id: string;
    userId: string;
    orgId: string;
    kind: string;
    payload: Record<string, unknown>;
  }[],
): Promise<void> => {
  if (alerts.length === 0) return;
  await db
    .insertInto('alerts')
    .values(
      alerts.map((a) => ({
        id: a.id,
        recipient_user_id: a.userId,
        org_id: a.orgId,
        kind: a.kind,
        payload: toJson(a.payload),
      })),
    )
    .execute();
};

/** A user's alerts, newest first; keyset on the id of the last row seen. */
export const listUserAlerts = async (
  db: Db,
  userId: string,
  page: { limit: number; after?: string | undefined; orgId?: string | undefined },
): Promise<{ rows: AlertRow[]; next: string | null }> => {
  let query = db
    .selectFrom('alerts')
    .select([
      'id',
      'org_id as orgId',
      'kind',
      'payload',
      'created_at as createdAt',
      'sent_at as sentAt',
    ])
    .where('recipient_user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.orgId) query = query.where('org_id', '=', page.orgId);
  if (page.after) {
    query = query.where(
      olderThan(
        { table: 'alerts', at: 'created_at', owner: ['recipient_user_id', userId] },
        page.after,
      ),
    );
  }
  const rows = await query.execute();
  return pageOf(rows, page.limit);
};
