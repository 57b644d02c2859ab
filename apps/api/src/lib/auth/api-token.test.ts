import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { apiTokenPrefix, newApiTokenSecret } from './api-token.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const memberWithToken = async (options: Parameters<Harness['issueToken']>[2] = {}) => {
  const owner = await h.signUp();
  const org = await h.createOrg(owner);
  const member = await h.signUp();
  await h.addGrant(org.id, { grantee: { user: member.id }, role: 'customer_admin' });
  const token = await h.issueToken(member, org.id, options);
  return { owner, org, member, token };
};

describe('API tokens (R22)', () => {
  it('R22: secrets carry the mnd_ prefix; only a SHA-256 hash is stored', async () => {
    const issued = newApiTokenSecret();
    expect(issued.secret).toMatch(/^mnd_[0-9a-z]{44}$/);
    expect(apiTokenPrefix(issued.secret)).toBe(issued.prefix);
    const { token } = await memberWithToken();
    const row = await h.db
      .selectFrom('tokens')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(token.secret);
  });

  it('R22: a live token works and records its last use', async () => {
    const { org, token } = await memberWithToken();
    expect((await h.json('GET', `/v1/orgs/${org.id}`, token.headers)).status).toBe(200);
    const row = await h.db
      .selectFrom('tokens')
      .select('last_used_at')
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(row.last_used_at).not.toBeNull();
  });

  it('R22: an expired token is refused (token_expired)', async () => {
    const { org, token } = await memberWithToken({ expiresAt: new Date(Date.now() - 1000) });
    const res = await h.json('GET', `/v1/orgs/${org.id}`, token.headers);
    expect(res.body).toMatchObject({ status: 401, code: 'token_expired' });
  });

  it('R22: a revoked token is refused on the next request', async () => {
    const { org, token } = await memberWithToken();
    expect((await h.json('GET', `/v1/orgs/${org.id}`, token.headers)).status).toBe(200);
    await h.db
      .updateTable('tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', token.id)
      .execute();
    expect((await h.json('GET', `/v1/orgs/${org.id}`, token.headers)).body).toMatchObject({
      code: 'token_revoked',
    });
  });

  it('R22: a token dies when its user leaves the organization', async () => {
    const { org, member, token } = await memberWithToken();
    await h.db
      .deleteFrom('memberships')
      .where('org_id', '=', org.id)
      .where('user_id', '=', member.id)
      .execute();
    expect((await h.json('GET', `/v1/orgs/${org.id}`, token.headers)).status).toBe(401);
  });

  it('a tampered secret with a valid prefix is refused', async () => {
    const { org, token } = await memberWithToken();
    const forged = `${token.secret.slice(0, -4)}zzzz`;
    const res = await h.json('GET', `/v1/orgs/${org.id}`, { authorization: `Bearer ${forged}` });
    expect(res.body).toMatchObject({ status: 401, code: 'token_invalid' });
  });
});
