import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryOptions, withRetries } from './retry.js';

const fast = retryOptions({ max: 2, baseDelayMs: 1, maxDelayMs: 2_000 });

/** A fetch that answers from a script and records what it was sent. */
const scripted = (...steps: Array<Response | Error>) => {
  const seen: Array<{ method: string; body: string }> = [];
  const impl = async (request: Request) => {
    seen.push({ method: request.method, body: await request.text() });
    const step = steps.shift();
    if (!step) throw new Error('no more scripted responses');
    if (step instanceof Error) throw step;
    return step;
  };
  return { impl, seen };
};

const status = (code: number, headers: Record<string, string> = {}) =>
  new Response(code === 204 ? null : '{}', { status: code, headers });

describe('withRetries', () => {
  it('retries a GET on a network error, then succeeds', async () => {
    const { impl, seen } = scripted(new TypeError('fetch failed'), status(200));
    const response = await withRetries(impl, fast)(new Request('http://x/v1/token'));
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(2);
  });

  it('replays the body of a PUT on 503', async () => {
    const { impl, seen } = scripted(status(503), status(200));
    const request = new Request('http://x/v1/a', { method: 'PUT', body: '{"a":1}' });
    const response = await withRetries(impl, fast)(request);
    expect(response.status).toBe(200);
    expect(seen.map((s) => s.body)).toEqual(['{"a":1}', '{"a":1}']);
  });

  it('honours Retry-After in seconds on 429', async () => {
    const { impl, seen } = scripted(status(429, { 'Retry-After': '1' }), status(204));
    const started = Date.now();
    const response = await withRetries(
      impl,
      fast,
    )(new Request('http://x/v1/a', { method: 'DELETE' }));
    expect(response.status).toBe(204);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(seen).toHaveLength(2);
  });

  it('returns the 429 at once when Retry-After exceeds the bound', async () => {
    const { impl, seen } = scripted(status(429, { 'Retry-After': '3600' }));
    const response = await withRetries(impl, fast)(new Request('http://x/v1/a'));
    expect(response.status).toBe(429);
    expect(seen).toHaveLength(1);
  });

  it('gives up after max retries and returns the last response', async () => {
    const { impl, seen } = scripted(status(503), status(503), status(503));
    const response = await withRetries(impl, fast)(new Request('http://x/v1/a'));
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(3);
  });

  it('rethrows the network error after max retries', async () => {
    const { impl } = scripted(new TypeError('a'), new TypeError('b'), new TypeError('c'));
    await expect(withRetries(impl, fast)(new Request('http://x/v1/a'))).rejects.toThrow('c');
  });

  it.each(['POST', 'PATCH'])('never retries %s', async (method) => {
    const { impl, seen } = scripted(status(503));
    const request = new Request('http://x/v1/a', { method, body: '{}' });
    expect((await withRetries(impl, fast)(request)).status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  it('does not retry other statuses or non-network errors', async () => {
    const { impl, seen } = scripted(status(500), new RangeError('bug'));
    expect((await withRetries(impl, fast)(new Request('http://x/v1/a'))).status).toBe(500);
    await expect(withRetries(impl, fast)(new Request('http://x/v1/a'))).rejects.toThrow('bug');
    expect(seen).toHaveLength(2);
  });

  it('stops waiting when the request is aborted', async () => {
    const { impl } = scripted(status(503, { 'Retry-After': '1' }), status(200));
    const controller = new AbortController();
    const pending = withRetries(
      impl,
      fast,
    )(new Request('http://x/v1/a', { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await expect(pending).rejects.toThrow('stop');
  });

  it('is a pass-through with max 0', async () => {
    const { impl, seen } = scripted(status(503));
    const fetchOnce = withRetries(impl, retryOptions(0));
    expect((await fetchOnce(new Request('http://x/v1/a'))).status).toBe(503);
    expect(seen).toHaveLength(1);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, ignores garbage', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
