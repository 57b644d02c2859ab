import { describe, expect, it } from 'vitest';
import { createMandateClient } from './client.js';

/** A client over a fetch that records requests and answers `{}` (or the given statuses). */
const recording = (statuses: number[] = []) => {
  const seen: Request[] = [];
  const mandate = (options: { token?: string; headers?: Record<string, string> } = {}) =>
    createMandateClient({
      baseUrl: 'https://api.example.test/',
      retries: { max: 2, baseDelayMs: 1 },
      fetch: async (request) => {
        seen.push(request);
        return new Response('{}', {
          status: statuses.shift() ?? 200,
          headers: { 'content-type': 'application/json' },
        });
      },
      ...options,
    });
  return { seen, mandate };
};

describe('bearer auth and headers', () => {
  it('sends the token as a bearer, and the client headers', async () => {
    const { seen, mandate } = recording();
    await mandate({ token: 'mnd_secret', headers: { 'X-Trace': 't1' } }).GET('/v1/me');
    expect(seen[0]?.url).toBe('https://api.example.test/v1/me');
    expect(seen[0]?.headers.get('Authorization')).toBe('Bearer mnd_secret');
    expect(seen[0]?.headers.get('X-Trace')).toBe('t1');
  });

  it('leaves a per-call Authorization alone, sends none without a token', async () => {
    const { seen, mandate } = recording();
    await mandate({ token: 'mnd_a' }).GET('/v1/me', { headers: { Authorization: 'Bearer other' } });
    await mandate().GET('/v1/me');
    expect(seen.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer other', null]);
  });

  it('retries a GET through the client on 503, not a POST', async () => {
    const get = recording([503, 200]);
    expect((await get.mandate().GET('/v1/me')).response.status).toBe(200);
    expect(get.seen).toHaveLength(2);
    const post = recording([503, 200]);
    const result = await post.mandate().POST('/v1/orgs', { body: { name: 'A' } });
    expect(result.response.status).toBe(503);
    expect(post.seen).toHaveLength(1);
  });
});
