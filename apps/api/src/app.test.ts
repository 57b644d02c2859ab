import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('app', () => {
  it('serves an OpenAPI 3.1 document whose routes declare problem+json errors', async () => {
    const res = await h.json<{
      openapi: string;
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content: Record<string, unknown> }> }>
      >;
    }>('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const signIn = res.body.paths['/v1/auth/signin']?.post;
    expect(Object.keys(signIn?.responses['400']?.content ?? {})).toEqual([
      'application/problem+json',
    ]);
    expect(Object.keys(res.body.paths)).toContain('/v1/orgs/{org}/projects');
  });

  it('names every operation with a unique operationId (clients generated in other languages)', async () => {
    const res = await h.json<{ paths: Record<string, Record<string, { operationId?: string }>> }>(
      'GET',
      '/openapi.json',
    );
    const ids = Object.values(res.body.paths).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    expect(ids.length).toBeGreaterThan(70);
    expect(ids.filter((id) => !id || !/^[a-z][A-Za-z]+$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('serves the reference page at /docs', async () => {
    const res = await h.request('GET', '/docs');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('swagger');
  });

  it('unknown routes answer a problem+json 404 with a request id', async () => {
    const res = await h.json('GET', '/v1/nope');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found', requestId: expect.any(String) });
  });

  it('bodies over 1 MiB are 413, never 500', async () => {
    const res = await h.json(
      'POST',
      '/v1/auth/signup',
      {},
      JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    );
    expect(res.status).toBe(413);
  });
});
