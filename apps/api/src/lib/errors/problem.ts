import { z } from '@hono/zod-openapi';
import { errorCodes } from './codes.js';

export const ErrorCodeSchema = z.enum(errorCodes).openapi('ErrorCode');

/** RFC 9457 problem details, the body of every error response. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://mandate.dev/problems/not_found' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: ErrorCodeSchema,
    requestId: z.string(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'Field-level messages of a 400 validation failure.' }),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
});

/** Spread into every route's `responses` so the OpenAPI document (and the SDK) types errors. */
export const errorResponses = {
  400: problem('The input is invalid (field-level `errors`).'),
  401: problem('No valid credential.'),
  403: problem('Denied; `code` is the evaluator’s reason.'),
  404: problem('Not found, or not visible to the caller (R15).'),
  409: problem('Conflicts with the current state.'),
  429: problem('Too many failed attempts; see `Retry-After`.'),
  500: problem('Unexpected failure.'),
} as const;
