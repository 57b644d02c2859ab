import type { ErrorCode } from './codes.js';

/**
 * Bad input that slipped past zod and reached the database must still not be a 500:
 * SQLSTATE class 22 (data exception) → 400, 23505 (unique) → 409, 23503 (foreign key) → 404.
 */
export const databaseErrorCode = (err: unknown): ErrorCode | null => {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || code.length !== 5) return null;
  if (code === '23505') return 'conflict';
  if (code === '23503') return 'not_found';
  if (code.startsWith('22')) return 'bad_request';
  return null;
};
