import { type Decision, type Grant, type Principal, validateGrant } from '@mandate/core';
import { ApiError } from '../errors/index.js';
import { denialError } from './authorize.js';
import type { OrgAuthz } from './evaluator-cache.js';

// checkGrant reasons that describe the grant itself, not the grantor: the input is wrong (400).
const SHAPE_REASONS = new Set(['invalid_grant', 'unknown_section', 'wrong_scope', 'owner_only']);

/** Which input field a shape problem comes from: the first level entry the core refuses alone. */
const fieldOf = (grant: Grant, problem: string, base: string): string => {
  if (grant.levels) {
    for (const [section, level] of Object.entries(grant.levels)) {
      if (validateGrant({ ...grant, levels: { [section]: level } }) === problem) {
        return `${base}.levels.${section}`;
      }
    }
    return `${base}.levels`;
  }
  return grant.role ? `${base}.role` : base;
};

/**
 * The error for a refused `checkGrant` (R30, R31, R14): the core's reason is the `code`; a
 * problem of the grant's own shape is a 400 naming the field (R14: an owner-only section is a
 * 400, never a grant); `unknown_target` is a 404 (R15).
 */
export const grantRefusal = (decision: Decision, grant: Grant, base = 'body'): ApiError => {
  const shape = SHAPE_REASONS.has(decision.reason) ? validateGrant(grant) : null;
  if (shape) {
    return new ApiError({
      code: shape,
      status: 400,
      detail: `The grant is invalid: ${shape}.`,
      errors: [{ path: fieldOf(grant, shape, base), message: shape }],
    });
  }
  if (decision.reason === 'unknown_target') {
    return new ApiError({ code: 'not_found', detail: 'No such project or server.' });
  }
  return denialError(decision, false);
};

/**
 * Asks the core whether the caller may give (or take back) `grant`; throws the refusal.
 *
 * @example assertMayGrant(org, caller.principal, coreGrant, now) // Decision with credentialsVisible
 */
export const assertMayGrant = (
  org: OrgAuthz,
  grantor: Principal,
  grant: Grant,
  now: Date,
  base = 'body',
): Decision => {
  const decision = org.evaluator.checkGrant(grantor, grant, now);
  if (!decision.allowed) throw grantRefusal(decision, grant, base);
  return decision;
};
