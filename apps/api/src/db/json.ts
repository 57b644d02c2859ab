/** jsonb parameters travel as JSON text; both drivers let PostgreSQL cast them. */
export const toJson = (value: unknown): string => JSON.stringify(value);

/** int8 arrives as string (postgres.js) or number/bigint (PGlite): one reading for both. */
export const toNumber = (value: string | number | bigint): number => Number(value);
