import { type RawBuilder, sql } from 'kysely';

/**
 * A jsonb parameter that both drivers store the same way. postgres.js stringifies every value
 * bound to a json parameter (a JSON string would be stored double-encoded) and PGlite does not,
 * so the value travels as text and PostgreSQL casts it.
 *
 * @example db.insertInto('grants').values({ levels: toJson({ sites: 'manage' }), … })
 * // insert into grants (levels) values (cast(cast($1 as text) as jsonb))
 */
export const toJson = (value: unknown): RawBuilder<string> =>
  sql<string>`cast(cast(${JSON.stringify(value)} as text) as jsonb)`;

/** int8 arrives as string (postgres.js) or number/bigint (PGlite): one reading for both. */
export const toNumber = (value: string | number | bigint): number => Number(value);
