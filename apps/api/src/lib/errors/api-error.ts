import type { ErrorCode } from './codes.js';
import { statusOf } from './codes.js';

export interface FieldError {
  /** Dotted path into the input, e.g. `body.email`. */
  path: string;
  message: string;
}

/**
 * The one error the API throws; `onError` renders it as RFC 9457 problem+json.
 *
 * @example throw new ApiError({ code: 'not_found', detail: 'No such project.' })
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(init: {
    code: ErrorCode;
    detail: string;
    errors?: FieldError[];
    headers?: Record<string, string>;
    /** Overrides the code's usual status, e.g. R14's 400 for a grant naming an owner-only section. */
    status?: number;
  }) {
    super(init.detail);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status ?? statusOf[init.code];
    this.errors = init.errors;
    this.headers = init.headers;
  }
}
