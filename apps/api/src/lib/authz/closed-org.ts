import type { Context } from 'hono';
import { ApiError } from '../errors/index.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// POSTs that change nothing (a decision, a what-if) or only take access away (R32).
const HARMLESS_POST = ['/check:batch', '/grants:preview', '/me/renounce'];

/**
 * A closed organization keeps its history readable and lets access be taken away (revoke a
 * token, remove a member, renounce), but refuses every change that would give, create or buy,
 * and its services stay as they are (no delete either).
 */
export const assertOpenForRequest = (c: Context, closedAt: Date | null): void => {
  if (!closedAt) return;
  const method = c.req.method;
  if (READ_METHODS.has(method)) return;
  if (method === 'DELETE' && !c.req.path.includes('/services/')) return;
  if (method === 'POST' && HARMLESS_POST.some((suffix) => c.req.path.endsWith(suffix))) return;
  throw new ApiError({ code: 'organization_closed', detail: 'The organization is closed.' });
};
