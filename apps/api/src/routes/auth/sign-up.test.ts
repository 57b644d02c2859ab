import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, uniqueEmail } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('POST /v1/auth/signup', () => {
  it('creates a profile and returns a usable bearer session', async () => {
    const email = uniqueEmail();
    const res = await h.json(
      'POST',
      '/v1/auth/signup',
      {},
      { email, password: 'correct horse', name: 'Ann' },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mfaRequired: false, userId: expect.stringMatching(/^usr_/) });
    const me = await h.json('GET', '/v1/me', { authorization: `Bearer ${res.body.sessionToken}` });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, name: 'Ann', mfaEnabled: false });
  });

  it('400 with field-level errors for a bad e-mail and a short password', async () => {
    const res = await h.json<{ code: string; errors: { path: string }[] }>(
      'POST',
      '/v1/auth/signup',
      {},
      {
        email: 'nope',
        password: 'short',
        name: 'x',
      },
    );
    expect(res.status).toBe(400);
    expect(res.response.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e) => e.path).sort()).toEqual(['body.email', 'body.password']);
  });

  it('400 for malformed JSON, never 500', async () => {
    const res = await h.json(
      'POST',
      '/v1/auth/signup',
      { 'content-type': 'application/json' },
      '{"email":',
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid_json', status: 400 });
  });

  it('415 for a body that is not JSON, 400 for wrong types and huge strings', async () => {
    const text = await h.app.request('/v1/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    const wrong = await h.json('POST', '/v1/auth/signup', {}, { email: 1, password: [], name: {} });
    expect(wrong.status).toBe(400);
    const huge = await h.json(
      'POST',
      '/v1/auth/signup',
      {},
      {
        email: uniqueEmail(),
        password: 'x'.repeat(5000),
        name: 'y'.repeat(5000),
      },
    );
    expect(huge.status).toBe(400);
  });

  it('409 email_taken for an e-mail already used, whatever its case', async () => {
    const user = await h.signUp();
    const res = await h.json(
      'POST',
      '/v1/auth/signup',
      {},
      {
        email: user.email.toUpperCase(),
        password: 'another password',
        name: 'Dup',
      },
    );
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'email_taken' });
  });
});
