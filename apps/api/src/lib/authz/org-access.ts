import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import type { CallerEnv } from '../auth/caller.js';
import { ApiError } from '../errors/index.js';
import { assertOpenForRequest } from './closed-org.js';
import type { OrgAuthz } from './evaluator-cache.js';

export const orgNotFound = () =>
  new ApiError({ code: 'not_found', detail: 'No such organization.' });

/**
 * The organization named in the path, as the caller may see it. An unknown organization, one
 * the caller is not a member of, and another organization than the token's all answer the same
 * 404 (R15): existence does not leak. A closed organization refuses changes (closed-org.ts).
 */
export const loadOrg = async (c: Context<AppEnv & CallerEnv>, orgId: string): Promise<OrgAuthz> => {
  const caller = c.var.caller;
  if (caller.kind === 'token' && caller.orgId !== orgId) throw orgNotFound();
  const readNow = caller.kind === 'token' ? caller.orgAccess : undefined;
  const org = await c.var.services.authz.get(c.var.services.db, orgId, readNow);
  if (!org?.members.has(caller.userId)) throw orgNotFound();
  assertOpenForRequest(c, org.closedAt);
  return org;
};
