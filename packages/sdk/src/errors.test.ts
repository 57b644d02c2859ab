import { describe, expect, it } from 'vitest';
import { createMandateClient } from './client.js';
import { isMandateError, MandateError } from './errors.js';

/** A client whose every request gets this response. */
const answering = (response: () => Response) =>
  createMandateClient({ baseUrl: 'http://x', fetch: async () => response(), retries: 0 });

const failure = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof MandateError)) throw new Error('expected a MandateError');
  return error;
};

describe('MandateError from responses that are not problem+json', () => {
  it('an HTML 502 from a proxy: internal_error, the request id header, no field errors', async () => {
    const mandate = answering(
      () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'content-type': 'text/html', 'x-request-id': 'req-1' },
        }),
    );
    const error = await failure(mandate.unwrap(mandate.GET('/v1/me')));
    expect(error).toMatchObject({ status: 502, code: 'internal_error', requestId: 'req-1' });
    expect(error.problem).toBeUndefined();
    expect(error.errors).toEqual([]);
    expect(error.title).toBe('Bad Gateway');
  });

  it.each([
    [400, 'bad_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [412, 'precondition_failed'],
    [429, 'rate_limited'],
  ] as const)('an empty %i maps to %s', async (status, code) => {
    const mandate = answering(() => new Response(null, { status }));
    const error = await failure(mandate.unwrap(mandate.GET('/v1/me')));
    expect(error.code).toBe(code);
    expect(error.detail).toBe(`HTTP ${status}`);
    expect(isMandateError(error, code)).toBe(true);
  });

  it('keeps every field of a problem body', async () => {
    const problem = {
      type: 'https://mandate.dev/problems/precondition_failed',
      title: 'Precondition failed',
      status: 412,
      detail: 'The grant changed since you read it.',
      code: 'precondition_failed',
      requestId: 'req-2',
    };
    const mandate = answering(
      () =>
        new Response(JSON.stringify(problem), {
          status: 412,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    const error = await failure(mandate.unwrap(mandate.GET('/v1/me')));
    expect(error).toMatchObject({ ...problem, errors: [] });
    expect(error.message).toBe(problem.detail);
    expect(error.name).toBe('MandateError');
    expect(error).toBeInstanceOf(Error);
  });
});
