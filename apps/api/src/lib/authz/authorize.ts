import type { Action, Decision, Target } from '@mandate/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import type { CallerEnv } from '../auth/caller.js';
import { ApiError, type ErrorCode, errorCodes } from '../errors/index.js';
import type { OrgAuthz } from './evaluator-cache.js';

// R15: on a project, server or service, "nothing here" and "not for you" must look alike: a
// denial at level none hides (a token's cap leaving a project out too, R21), except
// `mfa_required`, which asks for the second factor that would show it.
const hides = (decision: Decision) =>
  decision.level === 'none' && decision.reason !== 'mfa_required';

export interface AuthorizeOptions {
  /**
   * Answer 404 instead of 403 for `no_grant` / `unknown_target` (R15). Defaults to true when
   * the target names a project or a server.
   */
  hide?: boolean;
}

const asCode = (reason: string): ErrorCode =>
  (errorCodes as readonly string[]).includes(reason) ? (reason as ErrorCode) : 'forbidden';

/** The ApiError for a denied decision: the core's reason as `code`, or a 404 that reveals nothing. */
export const denialError = (decision: Decision, hide: boolean): ApiError => {
  if (hide && hides(decision)) {
    return new ApiError({ code: 'not_found', detail: 'Not found.' });
  }
  return new ApiError({ code: asCode(decision.reason), detail: `Denied: ${decision.reason}.` });
};

/**
 * Asks @mandate/core and throws the denial; returns the decision when allowed. The API never
 * decides itself: every rule lives in the evaluator.
 *
 * @example const org = await loadOrg(c, orgId);
 *   authorize(c, org, 'create', { section: 'account_management' });
 */
export const authorize = (
  c: Context<AppEnv & CallerEnv>,
  org: OrgAuthz,
  action: Action,
  target: Target,
  options: AuthorizeOptions = {},
): Decision => {
  const decision = decide(c, org, action, target);
  if (!decision.allowed) {
    const hide = options.hide ?? (target.project !== undefined || target.server !== undefined);
    throw denialError(decision, hide);
  }
  return decision;
};

/** The decision without throwing: for listings that leave out what is not visible (R15). */
export const decide = (
  c: Context<AppEnv & CallerEnv>,
  org: OrgAuthz,
  action: Action,
  target: Target,
): Decision => org.evaluator.decide(c.var.caller.principal, action, target, c.var.services.now());
