import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('POST /v1/orgs/{org}/servers', () => {
  it('R1: the owner adds a server; a technical member may not (no_grant)', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const res = await h.json('POST', `/v1/orgs/${org.id}/servers`, owner.headers, { name: 'dedi' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.stringMatching(/^srv_/), orgId: org.id });
    const member = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: member.id }, levels: { firewall: 'manage' } });
    const denied = await h.json('POST', `/v1/orgs/${org.id}/servers`, member.headers, {
      name: 'x',
    });
    expect(denied.body).toMatchObject({ status: 403, code: 'no_grant' });
  });

  it('401, 400 and foreign-organization 404', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    expect((await h.json('POST', `/v1/orgs/${org.id}/servers`, {}, { name: 'x' })).status).toBe(
      401,
    );
    expect((await h.json('POST', `/v1/orgs/${org.id}/servers`, owner.headers, {})).status).toBe(
      400,
    );
    const stranger = await h.signUp();
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/servers`, stranger.headers, { name: 'x' })).status,
    ).toBe(404);
  });
});

describe('GET /v1/orgs/{org}/servers', () => {
  it('R15: a member sees only servers where it holds a server-scope level', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const s1 = await h.createServer(owner, org.id, 's1');
    await h.createServer(owner, org.id, 's2');
    const member = await h.signUp();
    await h.addGrant(org.id, {
      grantee: { user: member.id },
      scope: { server: s1.id },
      levels: { firewall: 'read' },
    });
    const res = await h.json<{ servers: { id: string }[] }>(
      'GET',
      `/v1/orgs/${org.id}/servers`,
      member.headers,
    );
    expect(res.body.servers.map((s) => s.id)).toEqual([s1.id]);
  });

  it('401, 400 and foreign-organization 404', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    expect((await h.json('GET', `/v1/orgs/${org.id}/servers`)).status).toBe(401);
    expect((await h.json('GET', '/v1/orgs/x/servers', owner.headers)).status).toBe(400);
    const stranger = await h.signUp();
    expect((await h.json('GET', `/v1/orgs/${org.id}/servers`, stranger.headers)).status).toBe(404);
  });
});
