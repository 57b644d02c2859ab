import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const setup = async () => {
  const owner = await h.signUp();
  const org = await h.createOrg(owner);
  return { owner, org };
};

describe('POST /v1/orgs/{org}/projects', () => {
  it('the owner opens a project', async () => {
    const { owner, org } = await setup();
    const res = await h.json('POST', `/v1/orgs/${org.id}/projects`, owner.headers, { name: 'www' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ orgId: org.id, name: 'www', serverId: null });
  });

  it('account_management = manage may open projects; a member without it gets 403 no_grant', async () => {
    const { org } = await setup();
    const manager = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: manager.id }, role: 'customer_manager' });
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/projects`, manager.headers, { name: 'a' })).status,
    ).toBe(201);
    const web = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: web.id }, levels: { sites: 'manage' } });
    const denied = await h.json('POST', `/v1/orgs/${org.id}/projects`, web.headers, { name: 'b' });
    expect(denied.body).toMatchObject({ status: 403, code: 'no_grant' });
  });

  it('SPEC §10 account_management note: opening on a server also needs server_consumption ≥ read there', async () => {
    const { owner, org } = await setup();
    const server = await h.createServer(owner, org.id);
    const manager = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: manager.id }, role: 'customer_manager' });
    const hidden = await h.json('POST', `/v1/orgs/${org.id}/projects`, manager.headers, {
      name: 'on-server',
      serverId: server.id,
    });
    expect(hidden.status).toBe(404); // R15: the server is invisible to this member
    await h.addGrant(org.id, {
      grantee: { user: manager.id },
      scope: { server: server.id },
      levels: { server_consumption: 'read' },
    });
    const ok = await h.json('POST', `/v1/orgs/${org.id}/projects`, manager.headers, {
      name: 'on-server',
      serverId: server.id,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ serverId: server.id });
  });

  it('R7: a requireMfa grant does not count without a second factor → mfa_required', async () => {
    const { org } = await setup();
    const member = await h.signUp();
    await h.addGrant(org.id, {
      grantee: { user: member.id },
      role: 'customer_manager',
      requireMfa: true,
    });
    const res = await h.json('POST', `/v1/orgs/${org.id}/projects`, member.headers, { name: 'x' });
    expect(res.body).toMatchObject({ status: 403, code: 'mfa_required' });
    await h.enrollMfa(member); // the current session passes a second factor
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/projects`, member.headers, { name: 'x' })).status,
    ).toBe(201);
  });

  it('401 without a bearer, 400 for a bad body or id, 404 for another organization (R15)', async () => {
    const { owner, org } = await setup();
    expect((await h.json('POST', `/v1/orgs/${org.id}/projects`, {}, { name: 'x' })).status).toBe(
      401,
    );
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/projects`, owner.headers, { name: 3 })).status,
    ).toBe(400);
    const badServer = await h.json('POST', `/v1/orgs/${org.id}/projects`, owner.headers, {
      name: 'x',
      serverId: "srv_'; drop table users; --",
    });
    expect(badServer.status).toBe(400);
    const stranger = await h.signUp();
    const res = await h.json('POST', `/v1/orgs/${org.id}/projects`, stranger.headers, {
      name: 'x',
    });
    expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('GET /v1/orgs/{org}/projects', () => {
  it('R15: a member sees only the projects where it holds a level', async () => {
    const { owner, org } = await setup();
    const a = await h.createProject(owner, org.id, 'a');
    await h.createProject(owner, org.id, 'b');
    const member = await h.signUp();
    await h.addGrant(org.id, {
      grantee: { user: member.id },
      scope: { project: a.id },
      role: 'hosting_web',
    });
    const mine = await h.json<{ projects: { id: string }[] }>(
      'GET',
      `/v1/orgs/${org.id}/projects`,
      member.headers,
    );
    expect(mine.body.projects.map((p) => p.id)).toEqual([a.id]);
    const all = await h.json<{ projects: unknown[] }>(
      'GET',
      `/v1/orgs/${org.id}/projects`,
      owner.headers,
    );
    expect(all.body.projects).toHaveLength(2);
  });

  it('R21: a token capped to one project lists only that one', async () => {
    const { owner, org } = await setup();
    const a = await h.createProject(owner, org.id, 'a');
    await h.createProject(owner, org.id, 'b');
    const member = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: member.id }, levels: { sites: 'manage' } });
    const token = await h.issueToken(member, org.id, { cap: { projects: [a.id] } });
    const res = await h.json<{ projects: { id: string }[] }>(
      'GET',
      `/v1/orgs/${org.id}/projects`,
      token.headers,
    );
    expect(res.body.projects.map((p) => p.id)).toEqual([a.id]);
  });

  it('401 without a bearer, 400 for a bad id, 404 for another organization', async () => {
    const { org } = await setup();
    const stranger = await h.signUp();
    expect((await h.json('GET', `/v1/orgs/${org.id}/projects`)).status).toBe(401);
    expect((await h.json('GET', '/v1/orgs/ORG!/projects', stranger.headers)).status).toBe(400);
    expect((await h.json('GET', `/v1/orgs/${org.id}/projects`, stranger.headers)).status).toBe(404);
  });
});
