import { MandateError } from './errors.js';

/**
 * Turns an openapi-fetch result into its data, or throws a `MandateError` built from the
 * problem+json body.
 *
 * @example
 * const me = await unwrap(mandate.GET('/v1/me'));
 */
export const unwrap = async <T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> => {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw new MandateError(response.status, error, response);
  return data as T;
};
