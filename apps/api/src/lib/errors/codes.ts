import type { ReasonCode } from '@mandate/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Every `code` an error body can carry: the API's own codes, then the core's reason codes (a
 * denial carries the evaluator's reason unchanged). Stable: clients switch on them.
 */
export const errorCodes = [
  'bad_request',
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthorized',
  'invalid_credentials',
  'second_factor_required',
  'invalid_totp',
  'mfa_not_enrolled',
  'mfa_already_enabled',
  'session_expired',
  'token_invalid',
  'token_revoked',
  'token_idle',
  'wrong_realm',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'email_taken',
  'precondition_failed',
  'precondition_required',
  'rate_limited',
  'organization_closed',
  'insufficient_balance',
  'internal_error',
  // phase 2a: grants, invitations, tokens, owner-only
  'stale_edit',
  'invitation_expired',
  'invitation_used',
  'invitation_revoked',
  'owner_cannot_leave',
  'too_many_checks',
  // phase 2b: services, billing, support desk
  'approval_not_needed',
  'approval_closed',
  'approval_not_usable',
  // SPEC §7 support verdicts other than `perform` (R40, R41)
  'needs_owner_approval',
  'customer_only',
  'verify_owner',
  // @mandate/core reason codes (denials)
  'no_grant',
  'level_too_low',
  'mfa_required',
  'owner_only',
  'session_required',
  'token_cap',
  'token_expired',
  'billing_required',
  'not_purchasable',
  'unknown_target',
  'unknown_action',
  'invalid_grant',
  'unknown_section',
  'wrong_scope',
  'self_grant',
  'owner_grant',
  'not_delegator',
  'escalation',
  'not_member',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

// Compile-time guard: every denial reason the evaluator can return is a valid error code.
type MissingReasons = Exclude<ReasonCode, ErrorCode | 'owner' | 'granted'>;
const _everyReasonIsACode: [MissingReasons] extends [never] ? true : MissingReasons = true;
void _everyReasonIsACode;

/** One status per code. Denials default to 403; R15's 404 is decided in `authorize`. */
export const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  validation_failed: 400,
  invalid_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthorized: 401,
  invalid_credentials: 401,
  second_factor_required: 401,
  invalid_totp: 401,
  mfa_not_enrolled: 409,
  mfa_already_enabled: 409,
  session_expired: 401,
  token_invalid: 401,
  token_revoked: 401,
  token_idle: 401,
  wrong_realm: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  email_taken: 409,
  precondition_failed: 412,
  precondition_required: 428,
  rate_limited: 429,
  organization_closed: 409,
  insufficient_balance: 402,
  internal_error: 500,
  stale_edit: 412,
  invitation_expired: 410,
  invitation_used: 410,
  invitation_revoked: 410,
  owner_cannot_leave: 409,
  too_many_checks: 400,
  approval_not_needed: 409,
  approval_closed: 409,
  approval_not_usable: 409,
  needs_owner_approval: 403,
  customer_only: 403,
  verify_owner: 403,
  no_grant: 403,
  level_too_low: 403,
  mfa_required: 403,
  owner_only: 403,
  session_required: 403,
  token_cap: 403,
  token_expired: 401,
  billing_required: 403,
  not_purchasable: 400,
  unknown_target: 404,
  unknown_action: 400,
  invalid_grant: 400,
  unknown_section: 400,
  wrong_scope: 400,
  self_grant: 403,
  owner_grant: 403,
  not_delegator: 403,
  escalation: 403,
  not_member: 404,
};

/** Short human titles (RFC 9457 `title`); the `detail` says what happened this time. */
export const titleOf = (code: ErrorCode): string => {
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
