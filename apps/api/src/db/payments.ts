import { sql } from 'kysely';
import type { Db } from './database.js';
import { toNumber } from './json.js';
import { olderThan, pageOf } from './keyset.js';

export interface PaymentRow {
  id: string;
  amountCents: number;
  currency: string;
  paidBy: string | null;
  paidByName: string | null;
  paidAt: Date;
}

const selectPayments = (db: Db) =>
  db
    .selectFrom('payments as p')
    .leftJoin('users as u', 'u.id', 'p.paid_by')
    .select([
      'p.id',
      'p.amount_cents as amountCents',
      'p.currency',
      'p.paid_by as paidBy',
      'u.name as paidByName',
      'p.paid_at as paidAt',
    ]);

const toPaymentRow = <T extends { amountCents: string | number | bigint }>(r: T) => ({
  ...r,
  amountCents: toNumber(r.amountCents),
});

/** Records a payment and credits the balance by its amount; returns it and the new balance. */
export const recordPayment = async (
  trx: Db,
  p: { id: string; orgId: string; amountCents: number; paidBy: string; paidAt: Date },
): Promise<{ payment: PaymentRow; balanceCents: number }> => {
  await trx
    .insertInto('payments')
    .values({
      id: p.id,
      org_id: p.orgId,
      amount_cents: p.amountCents,
      paid_by: p.paidBy,
      paid_at: p.paidAt,
    })
    .execute();
  const row = await selectPayments(trx).where('p.id', '=', p.id).executeTakeFirstOrThrow();
  const org = await trx
    .updateTable('organizations')
    .set({ balance_cents: sql`balance_cents + ${p.amountCents}` })
    .where('id', '=', p.orgId)
    .returning('balance_cents')
    .executeTakeFirstOrThrow();
  return {
    payment: toPaymentRow(row),
    balanceCents: toNumber(org.balance_cents),
  };
};

/** Newest first, keyset through the id of the last payment seen. */
export const listPayments = async (
  db: Db,
  orgId: string,
  page: { limit: number; after?: string | undefined },
): Promise<{ rows: PaymentRow[]; next: string | null }> => {
  let query = selectPayments(db)
    .where('p.org_id', '=', orgId)
    .orderBy('p.paid_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(page.limit + 1);
  if (page.after) {
    query = query.where(
      olderThan(
        { table: 'payments', alias: 'p', at: 'paid_at', owner: ['org_id', orgId] },
        page.after,
      ),
    );
  }
  const rows = (await query.execute()).map(toPaymentRow);
  return pageOf(rows, page.limit);
};
