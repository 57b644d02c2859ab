import type { Action, Decision } from '@mandate/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { findService, type ServiceRow } from '../../db/services.js';
import type { CallerEnv } from '../../lib/auth/index.js';
import { authorize, decide, denialError, type OrgAuthz } from '../../lib/authz/index.js';
import { ApiError } from '../../lib/errors/index.js';
import { serviceTarget } from './to-service.js';

export const serviceNotFound = () =>
  new ApiError({ code: 'not_found', detail: 'No such service.' });

/**
 * A service the caller may see, then the decision for `action` on it. R15: a service the
 * caller cannot `view` answers 404 whatever the reason (another organization, another section,
 * a token's cap) — except `mfa_required` (R7), which the panel needs to ask for a second factor.
 * Once visible, a refused action is a 403 with the core's reason.
 */
export const loadService = async (
  c: Context<AppEnv & CallerEnv>,
  org: OrgAuthz,
  id: string,
  action: Action,
): Promise<{ row: ServiceRow; decision: Decision }> => {
  const row = await findService(c.var.services.db, org.orgId, id);
  if (!row) throw serviceNotFound();
  const target = serviceTarget(row);
  const view = decide(c, org, 'view', target);
  if (!view.allowed) throw denialError(view, true);
  const decision = action === 'view' ? view : authorize(c, org, action, target);
  return { row, decision };
};
