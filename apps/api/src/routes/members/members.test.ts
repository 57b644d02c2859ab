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
  const member = await h.signUp();
  await h.addGrant(org.id, { grantee: { user: member.id }, levels: { sites: 'manage' } });
  return { owner, org, member };
};

describe('members', () => {
  it('GET lists users (owner first) with their teams, teams and invitations', async () => {
    const { owner, org, member } = await setup();
    const team = await h.createTeam(owner, org.id, 'web', [member.id]);
    const res = await h.json<{
      users: { id: string; isOwner: boolean; teams: string[] }[];
      teams: { id: string; members: string[] }[];
    }>('GET', `/v1/orgs/${org.id}/members`, owner.headers);
    expect(res.status).toBe(200);
    expect(res.body.users[0]).toMatchObject({ id: owner.id, isOwner: true });
    expect(res.body.users[1]).toMatchObject({ id: member.id, teams: [team.id] });
    expect(res.body.teams).toEqual([
      expect.objectContaining({ id: team.id, members: [member.id] }),
    ]);
    // a member without `members` ≥ read
    expect((await h.json('GET', `/v1/orgs/${org.id}/members`, member.headers)).body).toMatchObject({
      status: 403,
      code: 'no_grant',
    });
  });

  it('R22: DELETE removes grants, team memberships and membership; its tokens die', async () => {
    const { owner, org, member } = await setup();
    const team = await h.createTeam(owner, org.id, 't', [member.id]);
    const token = await h.issueToken(member, org.id);
    expect((await h.json('GET', `/v1/orgs/${org.id}`, token.headers)).status).toBe(200);
    const res = await h.json('DELETE', `/v1/orgs/${org.id}/members/${member.id}`, owner.headers);
    expect(res.status).toBe(200);
    expect((await h.json('GET', `/v1/orgs/${org.id}`, token.headers)).body).toMatchObject({
      status: 401,
      code: 'token_revoked',
    });
    expect((await h.json('GET', `/v1/orgs/${org.id}`, member.headers)).status).toBe(404);
    const grants = await h.db
      .selectFrom('grants')
      .select('id')
      .where('grantee_user_id', '=', member.id)
      .execute();
    expect(grants).toHaveLength(0);
    const row = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('org_id', '=', org.id)
      .where('action', '=', 'member.remove')
      .executeTakeFirstOrThrow();
    expect(row.actor_user_id).toBe(owner.id);
    expect(row.before).toMatchObject({ teams: [team.id], tokens: [token.id] });
  });

  it('R31 R32: the owner cannot be removed; nobody removes themselves here; 401/400/404', async () => {
    const { owner, org, member } = await setup();
    const admin = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: admin.id }, role: 'customer_admin' });
    expect(
      (await h.json('DELETE', `/v1/orgs/${org.id}/members/${owner.id}`, admin.headers)).body,
    ).toMatchObject({ status: 403, code: 'owner_grant' });
    expect(
      (await h.json('DELETE', `/v1/orgs/${org.id}/members/${admin.id}`, admin.headers)).body,
    ).toMatchObject({ code: 'self_grant' });
    expect((await h.json('DELETE', `/v1/orgs/${org.id}/members/${member.id}`)).status).toBe(401);
    expect(
      (await h.json('DELETE', `/v1/orgs/${org.id}/members/nobody`, owner.headers)).status,
    ).toBe(400);
    const stranger = await h.signUp();
    expect(
      (await h.json('DELETE', `/v1/orgs/${org.id}/members/${member.id}`, stranger.headers)).status,
    ).toBe(404);
    expect((await h.json('GET', `/v1/orgs/${org.id}/members`, stranger.headers)).status).toBe(404);
    expect(
      (await h.json('DELETE', `/v1/orgs/${org.id}/members/${stranger.id}`, owner.headers)).status,
    ).toBe(404);
  });
});

describe('teams (R50)', () => {
  it('R50: CRUD, team grants apply to members, leaving takes them away', async () => {
    const { owner, org, member } = await setup();
    const created = await h.json<{ id: string; receipt: { authzVersion: number } }>(
      'POST',
      `/v1/orgs/${org.id}/teams`,
      owner.headers,
      { name: 'billing' },
    );
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/teams`, owner.headers, { name: 'BILLING' })).status,
    ).toBe(409);
    await h.expectOk('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { team: id },
      levels: { billing: 'read' },
    });
    const check = `/v1/orgs/${org.id}/check?action=view&section=billing`;
    expect((await h.json('GET', check, member.headers)).body).toMatchObject({ allowed: false });
    await h.expectOk('PUT', `/v1/orgs/${org.id}/teams/${id}/members/${member.id}`, owner.headers);
    expect((await h.json('GET', check, member.headers)).body).toMatchObject({ allowed: true });
    const renamed = await h.json('PATCH', `/v1/orgs/${org.id}/teams/${id}`, owner.headers, {
      name: 'money',
    });
    expect(renamed.body).toMatchObject({ name: 'money', members: [member.id] });
    await h.expectOk(
      'DELETE',
      `/v1/orgs/${org.id}/teams/${id}/members/${member.id}`,
      owner.headers,
    );
    expect((await h.json('GET', check, member.headers)).body).toMatchObject({ allowed: false });
    expect((await h.json('DELETE', `/v1/orgs/${org.id}/teams/${id}`, owner.headers)).status).toBe(
      200,
    );
    expect((await h.json('GET', `/v1/orgs/${org.id}/teams/${id}`, owner.headers)).status).toBe(404);
  });

  it('R31: adding someone to a team is giving them its grants (escalation, self)', async () => {
    const { owner, org, member } = await setup();
    const team = await h.expectOk<{ id: string }>(
      'POST',
      `/v1/orgs/${org.id}/teams`,
      owner.headers,
      { name: 'db' },
    );
    await h.expectOk('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { team: team.id },
      levels: { databases: 'manage' },
    });
    const delegator = await h.signUp();
    await h.addGrant(org.id, {
      grantee: { user: delegator.id },
      levels: { members: 'manage', sites: 'manage' },
    });
    const res = await h.json(
      'PUT',
      `/v1/orgs/${org.id}/teams/${team.id}/members/${member.id}`,
      delegator.headers,
    );
    expect(res.body).toMatchObject({ status: 403, code: 'escalation' });
    const self = await h.json(
      'PUT',
      `/v1/orgs/${org.id}/teams/${team.id}/members/${delegator.id}`,
      delegator.headers,
    );
    expect(self.body).toMatchObject({ status: 403, code: 'self_grant' });
  });

  it('401, 400, foreign 404', async () => {
    const { owner, org } = await setup();
    const stranger = await h.signUp();
    expect((await h.json('GET', `/v1/orgs/${org.id}/teams`)).status).toBe(401);
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/teams`, owner.headers, { name: '' })).status,
    ).toBe(400);
    expect((await h.json('GET', `/v1/orgs/${org.id}/teams/tem_x`, owner.headers)).status).toBe(404);
    expect((await h.json('GET', `/v1/orgs/${org.id}/teams`, stranger.headers)).status).toBe(404);
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/teams`, stranger.headers, { name: 'x' })).status,
    ).toBe(404);
  });
});
