import { sql } from 'kysely';
import type { Db } from './database.js';
import { toNumber } from './json.js';
import { olderThan, pageOf } from './keyset.js';

export interface BalanceRow {
  balanceCents: number;
  creditLimitCents: number;
}

export const findBalance = async (db: Db, orgId: string): Promise<BalanceRow | undefined> => {
  const row = await db
    .selectFrom('organizations')
    .select(['balance_cents as balanceCents', 'credit_limit_cents as creditLimitCents'])
    .where('id', '=', orgId)
    .executeTakeFirst();
  return (
    row && {
      balanceCents: toNumber(row.balanceCents),
      creditLimitCents: toNumber(row.creditLimitCents),
    }
  );
};

/** The balance, locked until the transaction ends: two debits never both see the old balance. */
export const lockBalance = async (db: Db, orgId: string): Promise<BalanceRow> => {
  const row = await db
    .selectFrom('organizations')
    .select(['balance_cents as balanceCents', 'credit_limit_cents as creditLimitCents'])
    .where('id', '=', orgId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return {
    balanceCents: toNumber(row.balanceCents),
    creditLimitCents: toNumber(row.creditLimitCents),
  };
};

/** Takes `amountCents` off the balance; returns the new balance. */
export const debitBalance = async (db: Db, orgId: string, amountCents: number): Promise<number> => {
  const row = await db
    .updateTable('organizations')
    .set({ balance_cents: sql`balance_cents - ${amountCents}` })
    .where('id', '=', orgId)
    .returning('balance_cents')
    .executeTakeFirstOrThrow();
  return toNumber(row.balance_cents);
};

export const setBalance = async (
  db: Db,
  orgId: string,
  b: { balanceCents: number; creditLimitCents?: number },
): Promise<void> => {
  await db
    .updateTable('organizations')
    .set({
      balance_cents: b.balanceCents,
      ...(b.creditLimitCents === undefined ? {} : { credit_limit_cents: b.creditLimitCents }),
    })
    .where('id', '=', orgId)
    .execute();
};

export interface InvoiceRow {
  id: string;
  number: string;
  serviceId: string | null;
  description: string;
  amountCents: number;
  currency: string;
  status: 'paid' | 'due';
  issuedAt: Date;
}

export const insertInvoice = async (
  db: Db,
  i: {
    id: string;
    orgId: string;
    number: string;
    serviceId: string | null;
    description: string;
    amountCents: number;
    status?: 'paid' | 'due';
    issuedAt?: Date;
  },
): Promise<void> => {
  await db
    .insertInto('invoices')
    .values({
      id: i.id,
      org_id: i.orgId,
      number: i.number,
      service_id: i.serviceId,
      description: i.description,
      amount_cents: i.amountCents,
      status: i.status ?? 'paid',
      ...(i.issuedAt ? { issued_at: i.issuedAt } : {}),
    })
    .execute();
};

/** Newest first; keyset on (issued_at, id) through the id of the last row seen. */
export const listInvoices = async (
  db: Db,
  orgId: string,
  page: { limit: number; after?: string | undefined },
): Promise<{ rows: InvoiceRow[]; next: string | null }> => {
  let query = db
    .selectFrom('invoices')
    .select([
      'id',
      'number',
      'service_id as serviceId',
      'description',
      'amount_cents as amountCents',
      'currency',
      'status',
      'issued_at as issuedAt',
    ])
    .where('org_id', '=', orgId)
    .orderBy('issued_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.after) {
    query = query.where(
      olderThan({ table: 'invoices', at: 'issued_at', owner: ['org_id', orgId] }, page.after),
    );
  }
  const rows = (await query.execute()).map((r) => ({ ...r, amountCents: toNumber(r.amountCents) }));
  return pageOf(rows, page.limit);
};
