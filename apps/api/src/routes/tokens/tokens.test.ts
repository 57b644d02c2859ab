import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

type Issued = {
  token: { id: string; expiresAt: string; mfa: boolean; prefix: string };
  secret: string;
};

const setup = async () => {
  const owner = await h.signUp();
  const org = await h.createOrg(owner);
  const project = await h.createProject(owner, org.id, 'www');
  const member = await h.signUp();
  await h.addGrant(org.id, {
    grantee: { user: member.id },
    levels: { sites: 'manage', databases: 'read' },
  });
  return { owner, org, project, member };
};

const issue = (user: { headers: Record<string, string> }, orgId: string, body: unknown) =>
  h.json<Issued>('POST', `/v1/orgs/${orgId}/tokens`, user.headers, body);

describe('tokens (R20–R23)', () => {
  it('R22: issue (secret once, mnd_, 90 days by default), list without secret, revoke', async () => {
    const { org, member } = await setup();
    const res = await issue(member, org.id, { name: 'ci' });
    expect(res.status).toBe(201);
    expect(res.body.secret).toMatch(/^mnd_/);
    const days = (new Date(res.body.token.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(90);
    expect(res.body.token.mfa).toBe(false); // R23: issued without a second factor
    const list = await h.json<{ items: { id: string }[] }>(
      'GET',
      `/v1/orgs/${org.id}/tokens`,
      member.headers,
    );
    expect(list.body.items.map((t) => t.id)).toEqual([res.body.token.id]);
    expect(JSON.stringify(list.body)).not.toContain(res.body.secret);
    const bearer = { authorization: `Bearer ${res.body.secret}` };
    expect((await h.json('GET', '/v1/token', bearer)).status).toBe(200);
    expect(
      (await h.json('DELETE', `/v1/orgs/${org.id}/tokens/${res.body.token.id}`, member.headers))
        .status,
    ).toBe(200);
    expect((await h.json('GET', '/v1/token', bearer)).body).toMatchObject({
      status: 401,
      code: 'token_revoked',
    });
  });

  it('R23: a token counts as MFA only when issued from a session that passed a second factor', async () => {
    const { org, project } = await setup();
    const member = await h.signUp();
    await h.addGrant(org.id, {
      grantee: { user: member.id },
      levels: { databases: 'read' },
      requireMfa: true,
    });
    const checkWith = async (secret: string) =>
      (
        await h.json<{ allowed: boolean; reason: string }>(
          'GET',
          `/v1/orgs/${org.id}/check?action=view&section=databases&project=${project.id}`,
          { authorization: `Bearer ${secret}` },
        )
      ).body;
    const before = await issue(member, org.id, { name: 'no 2fa' });
    expect(before.body.token.mfa).toBe(false);
    expect(await checkWith(before.body.secret)).toMatchObject({
      allowed: false,
      reason: 'mfa_required',
    });
    await h.enrollMfa(member); // the member's session passes the second factor
    const after = await issue(member, org.id, { name: 'with 2fa' });
    expect(after.body.token.mfa).toBe(true);
    expect(await checkWith(after.body.secret)).toMatchObject({ allowed: true, reason: 'granted' });
  });

  it('R14 R21: session_required — a token cannot issue tokens; caps are validated against the catalog', async () => {
    const { org, member, project } = await setup();
    const token = await h.issueToken(member, org.id);
    expect((await issue(token, org.id, { name: 'x' })).body).toMatchObject({
      status: 403,
      code: 'session_required',
    });
    const bad = await h.json<{ errors: { path: string }[] }>(
      'POST',
      `/v1/orgs/${org.id}/tokens`,
      member.headers,
      {
        name: 'x',
        cap: { levels: { teleport: 'read' }, projects: ['prj_other'] },
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.path)).toEqual([
      'body.cap.levels.teleport',
      'body.cap.projects.0',
    ]);
    expect((await issue(member, org.id, { name: 'x', expiresInDays: 400 })).status).toBe(400);
    const capped = await issue(member, org.id, {
      name: 'ro',
      cap: { readOnly: true, projects: [project.id] },
    });
    expect(capped.status).toBe(201);
  });

  it('R20/R21: GET /v1/token shows the token’s effective rights (cap ∩ user, live)', async () => {
    const { org, member, project } = await setup();
    const issued = await issue(member, org.id, { name: 'cap', cap: { levels: { sites: 'read' } } });
    const bearer = { authorization: `Bearer ${issued.body.secret}` };
    const res = await h.json<{
      effective: { projects: Record<string, Record<string, { level: string }>> };
    }>('GET', '/v1/token', bearer);
    expect(res.body.effective.projects[project.id]).toEqual({
      sites: expect.objectContaining({ level: 'read' }),
    });
    expect((await h.json('GET', '/v1/token', member.headers)).status).toBe(400);
  });

  it('token policy: owner only; the maximum lifetime bounds issuing; R22 idle tokens stop', async () => {
    const { owner, org, member } = await setup();
    const policy = { maxTokenDays: 30, requireExpiry: true, idleDisableDays: 10 };
    expect(
      (await h.json('PUT', `/v1/orgs/${org.id}/token-policy`, member.headers, policy)).body,
    ).toMatchObject({ status: 403, code: 'owner_only' });
    const ownerToken = await h.issueToken(owner, org.id);
    expect(
      (await h.json('PUT', `/v1/orgs/${org.id}/token-policy`, ownerToken.headers, policy)).body,
    ).toMatchObject({ code: 'session_required' });
    expect(
      (await h.json('PUT', `/v1/orgs/${org.id}/token-policy`, owner.headers, policy)).status,
    ).toBe(200);
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/token-policy`, member.headers)).body,
    ).toMatchObject(policy);
    expect((await issue(member, org.id, { name: 'x', expiresInDays: 31 })).status).toBe(400);
    expect((await issue(member, org.id, { name: 'x', expiresInDays: null })).status).toBe(400);
    // requireExpiry: the issuer must choose the lifetime; without it the default is capped.
    expect((await issue(member, org.id, { name: 'x' })).status).toBe(400);
    await h.json('PUT', `/v1/orgs/${org.id}/token-policy`, owner.headers, {
      ...policy,
      requireExpiry: false,
    });
    const def = await issue(member, org.id, { name: 'x' });
    expect(
      Math.round((new Date(def.body.token.expiresAt).getTime() - Date.now()) / 86_400_000),
    ).toBe(30);
    expect(
      (
        await h.json('PUT', `/v1/orgs/${org.id}/token-policy`, owner.headers, {
          ...policy,
          maxTokenDays: 400,
        })
      ).status,
    ).toBe(400);
  });

  it('R22: revoke-leaked revokes matching tokens, alerts the owner of each, answers counts only', async () => {
    const { org, member } = await setup();
    const issued = await issue(member, org.id, { name: 'leaky' });
    const res = await h.json(
      'POST',
      '/v1/tokens/revoke-leaked',
      {},
      {
        secrets: [issued.body.secret, `mnd_${'a'.repeat(44)}`, 'not-a-token'],
      },
    );
    expect(res.body).toEqual({ received: 3, revoked: 1 });
    const alerts = await h.db
      .selectFrom('alerts')
      .selectAll()
      .where('recipient_user_id', '=', member.id)
      .where('kind', '=', 'token_leaked')
      .execute();
    expect(alerts).toHaveLength(1);
    expect(
      (await h.json('GET', '/v1/token', { authorization: `Bearer ${issued.body.secret}` })).body,
    ).toMatchObject({ code: 'token_revoked' });
    expect((await h.json('POST', '/v1/tokens/revoke-leaked', {}, { secrets: [] })).status).toBe(
      400,
    );
  });

  it('401, 400, foreign 404', async () => {
    const { org, member } = await setup();
    const stranger = await h.signUp();
    expect((await h.json('GET', `/v1/orgs/${org.id}/tokens`)).status).toBe(401);
    expect((await h.json('POST', `/v1/orgs/${org.id}/tokens`, {}, { name: 'x' })).status).toBe(401);
    expect((await issue(member, org.id, { name: '' })).status).toBe(400);
    expect((await issue(stranger, org.id, { name: 'x' })).status).toBe(404);
    expect((await h.json('GET', `/v1/orgs/${org.id}/token-policy`, stranger.headers)).status).toBe(
      404,
    );
    const mine = await issue(member, org.id, { name: 'mine' });
    const other = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: other.id }, role: 'customer_admin' });
    expect(
      (await h.json('DELETE', `/v1/orgs/${org.id}/tokens/${mine.body.token.id}`, other.headers))
        .status,
    ).toBe(404);
    expect((await h.json('DELETE', `/v1/orgs/${org.id}/tokens/tok_x`, member.headers)).status).toBe(
      404,
    );
  });
});
