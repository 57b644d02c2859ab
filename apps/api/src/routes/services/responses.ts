import { errorResponses, PROBLEM_CONTENT_TYPE, ProblemSchema } from '../../lib/errors/problem.js';

/** Error responses of routes that debit the balance (R11: `insufficient_balance` is a 402). */
export const chargingErrorResponses = {
  ...errorResponses,
  402: {
    description:
      '`insufficient_balance`: the balance does not cover the cost (never shows it without billing ≥ read).',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
  },
} as const;
