import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { ApiError, type FieldError } from './api-error.js';
import { type ErrorCode, titleOf } from './codes.js';
import { databaseErrorCode } from './database-error.js';
import { PROBLEM_CONTENT_TYPE, type Problem } from './problem.js';

const TYPE_BASE = 'https://mandate.dev/problems/';

/** Renders an ApiError as RFC 9457 problem+json. */
export const problemResponse = (c: Context, error: ApiError): Response => {
  const body: Problem = {
    type: `${TYPE_BASE}${error.code}`,
    title: titleOf(error.code),
    status: error.status,
    detail: error.message,
    code: error.code,
    requestId: (c.get('requestId' as never) as string | undefined) ?? '',
    ...(error.errors ? { errors: error.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...error.headers },
  });
};

const fieldErrors = (target: string, error: ZodError): FieldError[] =>
  error.issues.map((issue) => ({
    path: [target === 'json' ? 'body' : target, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));

/** `defaultHook` of every OpenAPIHono: zod failures become 400 with field-level `errors`. */
export const validationHook = (
  result: { target: string } & ({ success: true } | { success: false; error: ZodError }),
  c: Context,
): Response | undefined => {
  if (result.success) return undefined;
  return problemResponse(
    c,
    new ApiError({
      code: 'validation_failed',
      detail: 'The request does not match the schema.',
      errors: fieldErrors(result.target, result.error),
    }),
  );
};

const httpExceptionCode = (status: number): ErrorCode => {
  if (status === 400) return 'invalid_json';
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 405) return 'method_not_allowed';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  return status < 500 ? 'bad_request' : 'internal_error';
};

/**
 * Global onError: ApiError as is; Hono's HTTPException (malformed JSON, 415…) keeps its 4xx;
 * anything else is a 500 that never echoes internals.
 */
export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return problemResponse(c, err);
  if (err instanceof HTTPException) {
    const code = httpExceptionCode(err.status);
    const detail = err.message || titleOf(code);
    return problemResponse(c, new ApiError({ code, detail }));
  }
  const dbCode = databaseErrorCode(err);
  if (dbCode) {
    return problemResponse(
      c,
      new ApiError({ code: dbCode, detail: 'The input conflicts with stored data.' }),
    );
  }
  console.error(`[${c.get('requestId' as never) ?? '-'}]`, err);
  return problemResponse(c, new ApiError({ code: 'internal_error', detail: 'Unexpected error.' }));
};

export const onNotFound: NotFoundHandler = (c) =>
  problemResponse(c, new ApiError({ code: 'not_found', detail: 'No such route.' }));
