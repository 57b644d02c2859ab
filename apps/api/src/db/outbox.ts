import type { Db } from './database.js';
import { toJson } from './json.js';

/**
 * One message for a user or an e-mail address, written to the alerts/outbox table in the same
 * transaction as the change that causes it (a mailer sends and marks `sent_at`).
 *
 * @example await writeOutbox(trx, { id: newId('alr'), recipientEmail: 'a@b.c', orgId,
 *   kind: 'invitation', payload: { link } })
 */
export const writeOutbox = async (
  db: Db,
  m: {
    id: string;
    recipientUserId?: string;
    recipientEmail?: string;
    orgId: string | null;
    kind: string;
    payload: Record<string, unknown>;
  },
): Promise<void> => {
  await db
    .insertInto('alerts')
    .values({
      id: m.id,
      recipient_user_id: m.recipientUserId ?? null,
      recipient_email: m.recipientEmail ?? null,
      org_id: m.orgId,
      kind: m.kind,
      payload: toJson(m.payload),
    })
    .execute();
};
