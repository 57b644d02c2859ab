import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * "Newest first" keyset pagination: rows strictly older, by (time, id), than the row `afterId`
 * of the same owner. The cursor is an id, so a page stays stable while new rows arrive.
 *
 * @example query.where(olderThan({ table: 'invoices', at: 'issued_at', owner: ['org_id', orgId] }, after))
 */
export const olderThan = (
  list: {
    table: 'invoices' | 'payments' | 'alerts' | 'approvals';
    at: 'issued_at' | 'paid_at' | 'created_at';
    owner: ['org_id' | 'recipient_user_id', string];
    /** The outer query's alias of `table`, when it has one. */
    alias?: string;
  },
  afterId: string,
): RawBuilder<SqlBool> => {
  const outer = list.alias ? `${list.alias}.` : '';
  return sql<SqlBool>`(${sql.ref(`${outer}${list.at}`)}, ${sql.ref(`${outer}id`)}) < (
    select ${sql.ref(`k.${list.at}`)}, k.id from ${sql.table(list.table)} as k
    where k.id = ${afterId} and ${sql.ref(`k.${list.owner[0]}`)} = ${list.owner[1]})`;
};

/** One page from `limit + 1` rows: the extra row only says that there is a next page. */
export const pageOf = <T extends { id: string }>(
  rows: T[],
  limit: number,
): { rows: T[]; next: string | null } => {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { rows: items, next: more ? (items.at(-1)?.id ?? null) : null };
};
