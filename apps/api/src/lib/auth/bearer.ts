import type { Context } from 'hono';

/** The credential of `Authorization: Bearer <credential>`, or null. */
export const readBearer = (c: Context): string | null => {
  const header = c.req.header('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
  return match?.[1] ?? null;
};
