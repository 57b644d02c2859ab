import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSupportAgent } from '../../lib/auth/support-agent.js';
import { currentTotp } from '../../lib/auth/totp.js';
import { bearer, createHarness, type Harness, uniqueEmail } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const newAgent = async () => {
  const email = uniqueEmail('agent');
  const password = 'staff password 1';
  const agent = await createSupportAgent(h.db, { email, name: 'Sam', password });
  return { ...agent, email, password };
};

describe('POST /v1/support/auth/signin (separate realm)', () => {
  it('password + TOTP give an mss_ session accepted on /v1/support only', async () => {
    const agent = await newAgent();
    const res = await h.json(
      'POST',
      '/v1/support/auth/signin',
      {},
      {
        email: agent.email,
        password: agent.password,
        code: currentTotp(agent.totpSecret),
      },
    );
    expect(res.status).toBe(200);
    const token = String(res.body.sessionToken);
    expect(token).toMatch(/^mss_/);
    const me = await h.json('GET', '/v1/support/me', bearer(token));
    expect(me.body).toMatchObject({ id: agent.id, email: agent.email });
    const customer = await h.json('GET', '/v1/me', bearer(token));
    expect(customer.body).toMatchObject({ status: 401, code: 'wrong_realm' });
    expect((await h.request('POST', '/v1/support/auth/signout', bearer(token))).status).toBe(204);
    expect((await h.json('GET', '/v1/support/me', bearer(token))).status).toBe(401);
  });

  it('401 for a wrong TOTP code even with the right password', async () => {
    const agent = await newAgent();
    const res = await h.json(
      'POST',
      '/v1/support/auth/signin',
      {},
      {
        email: agent.email,
        password: agent.password,
        code: '000000',
      },
    );
    expect(res.body).toMatchObject({ status: 401, code: 'invalid_credentials' });
  });

  it('400 without the TOTP code (mandatory for staff)', async () => {
    const agent = await newAgent();
    const res = await h.json(
      'POST',
      '/v1/support/auth/signin',
      {},
      { email: agent.email, password: agent.password },
    );
    expect(res.status).toBe(400);
  });

  it('customer credentials are refused on support routes', async () => {
    const user = await h.signUp();
    const res = await h.json('GET', '/v1/support/me', user.headers);
    expect(res.body).toMatchObject({ status: 401, code: 'wrong_realm' });
    expect((await h.json('GET', '/v1/support/me')).status).toBe(401);
  });
});
