import type { components } from './schema.js';

/** The RFC 9457 problem+json body every API error carries, as the OpenAPI document declares it. */
export type Problem = components['schemas']['Problem'];
/** Every stable error `code` the API may answer; switch on it, never on `detail`. */
export type ErrorCode = Problem['code'];
/** One invalid input field of a 400 `validation_failed`. */
export type FieldError = NonNullable<Problem['errors']>[number];

/** Used when an error response is not problem+json (a proxy's HTML page, an empty body). */
const codeOfStatus = (status: number): ErrorCode => {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 412:
      return 'precondition_failed';
    case 429:
      return 'rate_limited';
    default:
      return 'internal_error';
  }
};

const isProblem = (body: unknown): body is Problem =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as { code?: unknown }).code === 'string' &&
  typeof (body as { status?: unknown }).status === 'number';

/**
 * An error answer of the Mandate API. `code` is stable; `detail` is for humans; `requestId`
 * is what support asks for; `errors` lists invalid fields of a 400.
 *
 * @example
 * try {
 *   await mandate.revokeToken(orgId, tokenId);
 * } catch (error) {
 *   if (isMandateError(error, 'not_found')) console.log('already gone', error.requestId);
 *   else throw error;
 * }
 */
export class MandateError extends Error {
  override readonly name = 'MandateError';
  /** HTTP status of the answer. */
  readonly status: number;
  /** Stable error code (see `ErrorCode`). */
  readonly code: ErrorCode;
  /** The problem type URI (RFC 9457 `type`), when the body was problem+json. */
  readonly type: string | undefined;
  /** Short human title of the code. */
  readonly title: string;
  /** What went wrong this time, for humans. */
  readonly detail: string;
  /** The request id the API logged (body `requestId`, else the `X-Request-Id` header). */
  readonly requestId: string | undefined;
  /** Invalid input fields (400 `validation_failed`); empty otherwise. */
  readonly errors: FieldError[];
  /** The problem+json body as received, or `undefined` when the body was not problem+json. */
  readonly problem: Problem | undefined;
  /** The HTTP response (its body is already read). */
  readonly response: Response | undefined;

  constructor(status: number, body: unknown, response?: Response) {
    const problem = isProblem(body) ? body : undefined;
    const detail =
      problem?.detail ??
      (typeof body === 'string' && body.length > 0 && body.length < 500 ? body : `HTTP ${status}`);
    super(detail);
    this.status = status;
    this.problem = problem;
    this.code = problem?.code ?? codeOfStatus(status);
    this.type = problem?.type;
    this.title = problem?.title ?? response?.statusText ?? '';
    this.detail = detail;
    this.requestId = problem?.requestId ?? response?.headers.get('X-Request-Id') ?? undefined;
    this.errors = problem?.errors ?? [];
    this.response = response;
  }
}

/**
 * Narrows an unknown error to a `MandateError`, optionally of one or several codes.
 *
 * @example
 * if (isMandateError(error, 'rate_limited', 'token_revoked')) retryLater();
 */
export const isMandateError = (error: unknown, ...codes: ErrorCode[]): error is MandateError =>
  error instanceof MandateError && (codes.length === 0 || codes.includes(error.code));
