import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('my permissions', () => {
  it('GET me/permissions is the core’s effective + isOwner', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const member = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: member.id }, levels: { billing: 'read' } });
    const mine = await h.json<{ isOwner: boolean; org: Record<string, { level: string }> }>(
      'GET',
      `/v1/orgs/${org.id}/me/permissions`,
      member.headers,
    );
    expect(mine.body.isOwner).toBe(false);
    expect(mine.body.org.billing?.level).toBe('read');
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/me/permissions`, owner.headers)).body,
    ).toMatchObject({ isOwner: true });
  });

  it('R32: renounce removes grants, team memberships and tokens in one step; the owner cannot', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const member = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: member.id }, role: 'customer_manager' });
    await h.createTeam(owner, org.id, 't', [member.id]);
    const token = await h.issueToken(member, org.id);
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/me/renounce`, token.headers)).body,
    ).toMatchObject({ code: 'session_required' });
    const res = await h.json<{ receipt: { authzVersion: number } }>(
      'POST',
      `/v1/orgs/${org.id}/me/renounce`,
      member.headers,
    );
    expect(res.status).toBe(200);
    expect((await h.json('GET', `/v1/orgs/${org.id}`, member.headers)).status).toBe(404);
    expect((await h.json('GET', `/v1/orgs/${org.id}`, token.headers)).status).toBe(401);
    const t = await h.json<{ teams: { members: string[] }[] }>(
      'GET',
      `/v1/orgs/${org.id}/members`,
      owner.headers,
    );
    expect(t.body.teams[0]!.members).toEqual([]);
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/me/renounce`, owner.headers)).body,
    ).toMatchObject({ status: 409, code: 'owner_cannot_leave' });
  });

  it('401, 400, foreign 404', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const stranger = await h.signUp();
    expect((await h.json('GET', `/v1/orgs/${org.id}/me/permissions`)).status).toBe(401);
    expect((await h.json('GET', '/v1/orgs/bad/me/permissions', owner.headers)).status).toBe(400);
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/me/permissions`, stranger.headers)).status,
    ).toBe(404);
    expect((await h.json('POST', `/v1/orgs/${org.id}/me/renounce`, stranger.headers)).status).toBe(
      404,
    );
  });
});
