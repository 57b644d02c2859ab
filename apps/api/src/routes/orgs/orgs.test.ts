import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('POST /v1/orgs', () => {
  it('the creator is the owner', async () => {
    const user = await h.signUp();
    const res = await h.json('POST', '/v1/orgs', user.headers, { name: 'Acme' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Acme',
      ownerId: user.id,
      isOwner: true,
      closedAt: null,
    });
  });

  it('401 without a bearer, 400 for an empty name', async () => {
    expect((await h.json('POST', '/v1/orgs', {}, { name: 'x' })).status).toBe(401);
    const user = await h.signUp();
    const res = await h.json('POST', '/v1/orgs', user.headers, { name: '   ' });
    expect(res.status).toBe(400);
  });
});

describe('GET /v1/orgs/{org}', () => {
  it('owner and members read it', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const member = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: member.id }, levels: { billing: 'read' } });
    const res = await h.json('GET', `/v1/orgs/${org.id}`, member.headers);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: org.id, isOwner: false, ownerId: owner.id });
  });

  it('401 without a bearer, 400 for a malformed id', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    expect((await h.json('GET', `/v1/orgs/${org.id}`)).status).toBe(401);
    const bad = await h.json('GET', '/v1/orgs/not-an-id', owner.headers);
    expect(bad.status).toBe(400);
  });

  it('R15: another organization, an unknown one and a token of another organization → the same 404', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const stranger = await h.signUp();
    const strangerOrg = await h.createOrg(stranger);
    const foreign = await h.json('GET', `/v1/orgs/${org.id}`, stranger.headers);
    const unknown = await h.json('GET', '/v1/orgs/org_doesnotexist0000000', stranger.headers);
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.body).toMatchObject({ code: 'not_found', detail: unknown.body.detail });
    const member = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: member.id }, role: 'customer_admin' });
    await h.addGrant(strangerOrg.id, { grantee: { user: member.id }, role: 'customer_admin' });
    const token = await h.issueToken(member, strangerOrg.id);
    expect((await h.json('GET', `/v1/orgs/${org.id}`, token.headers)).status).toBe(404);
  });
});
