import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../lib/auth/totp.js';
import { bearer, createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('POST /v1/auth/signin', () => {
  it('signs in with the password; the session works as a bearer', async () => {
    const user = await h.signUp();
    const res = await h.json(
      'POST',
      '/v1/auth/signin',
      {},
      { email: user.email, password: user.password },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ mfaRequired: false, userId: user.id });
    const me = await h.json('GET', '/v1/me', bearer(String(res.body.sessionToken)));
    expect(me.status).toBe(200);
  });

  it('401 invalid_credentials for a wrong password or an unknown e-mail (same answer)', async () => {
    const user = await h.signUp();
    const wrong = await h.json(
      'POST',
      '/v1/auth/signin',
      {},
      { email: user.email, password: 'wrong!' },
    );
    const unknown = await h.json(
      'POST',
      '/v1/auth/signin',
      {},
      {
        email: `x${user.email}`,
        password: 'wrong!',
      },
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials' });
    expect(unknown.body).toMatchObject({ code: 'invalid_credentials' });
  });

  it('400 for a missing password', async () => {
    const res = await h.json('POST', '/v1/auth/signin', {}, { email: 'a@b.test' });
    expect(res.status).toBe(400);
  });

  it('429 with Retry-After after 10 failures for one account', async () => {
    const user = await h.signUp();
    for (let i = 0; i < 10; i++) {
      await h.json('POST', '/v1/auth/signin', {}, { email: user.email, password: 'wrong!' });
    }
    const res = await h.json(
      'POST',
      '/v1/auth/signin',
      {},
      { email: user.email, password: user.password },
    );
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ code: 'rate_limited' });
    expect(Number(res.response.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('POST /v1/auth/totp/verify (R7, R23: second step of sign-in)', () => {
  it('a user with MFA gets a pending session that only the second step accepts', async () => {
    const user = await h.signUp();
    const { secret } = await h.enrollMfa(user);
    const res = await h.json(
      'POST',
      '/v1/auth/signin',
      {},
      { email: user.email, password: user.password },
    );
    expect(res.body).toMatchObject({ mfaRequired: true });
    const headers = bearer(String(res.body.sessionToken));
    const early = await h.json('GET', '/v1/me', headers);
    expect(early.status).toBe(401);
    expect(early.body).toMatchObject({ code: 'second_factor_required' });
    const bad = await h.json('POST', '/v1/auth/totp/verify', headers, { code: '000000' });
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({ code: 'invalid_totp' });
    const ok = await h.json('POST', '/v1/auth/totp/verify', headers, { code: currentTotp(secret) });
    expect(ok.status).toBe(200);
    const me = await h.json('GET', '/v1/me', headers);
    expect(me.body).toMatchObject({ credential: { kind: 'session', mfa: true } });
  });

  it('a recovery code works once', async () => {
    const user = await h.signUp();
    const { recoveryCodes } = await h.enrollMfa(user);
    const code = recoveryCodes[0]!;
    const first = await h.json(
      'POST',
      '/v1/auth/signin',
      {},
      { email: user.email, password: user.password },
    );
    const ok = await h.json(
      'POST',
      '/v1/auth/totp/verify',
      bearer(String(first.body.sessionToken)),
      { code },
    );
    expect(ok.status).toBe(200);
    const second = await h.json(
      'POST',
      '/v1/auth/signin',
      {},
      { email: user.email, password: user.password },
    );
    const again = await h.json(
      'POST',
      '/v1/auth/totp/verify',
      bearer(String(second.body.sessionToken)),
      {
        code,
      },
    );
    expect(again.status).toBe(401);
  });

  it('401 without a session, 400 without a code', async () => {
    expect((await h.json('POST', '/v1/auth/totp/verify', {}, { code: '123456' })).status).toBe(401);
    const user = await h.signUp();
    expect((await h.json('POST', '/v1/auth/totp/verify', user.headers, {})).status).toBe(400);
  });

  it('sign-out ends the session', async () => {
    const user = await h.signUp();
    expect((await h.request('POST', '/v1/auth/signout', user.headers)).status).toBe(204);
    expect((await h.json('GET', '/v1/me', user.headers)).status).toBe(401);
  });
});
