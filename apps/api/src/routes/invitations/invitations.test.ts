import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

const logs: string[] = [];
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ deps: { log: (line) => logs.push(line) } });
});
afterAll(() => h.close());

const tokenFor = (email: string) => {
  const line = [...logs].reverse().find((l) => l.includes(email));
  return /mni_[0-9a-z]{40}/.exec(line ?? '')![0];
};

const invite = async (
  owner: { headers: Record<string, string> },
  orgId: string,
  email: string,
  grants: unknown[],
) =>
  h.json<{
    id: string;
    state: string;
    credentialsWarning: boolean;
    receipt: { authzVersion: number };
  }>('POST', `/v1/orgs/${orgId}/invitations`, owner.headers, { email, grants });

describe('invitations (R33)', () => {
  it('R33: invite by e-mail → outbox + log link (hashed at rest), public state, accept binds the grants', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const email = `new-${Date.now()}@example.test`;
    const res = await invite(owner, org.id, email, [{ levels: { databases: 'read' } }]);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: 'pending', credentialsWarning: true });
    const token = tokenFor(email);
    const outbox = await h.db
      .selectFrom('alerts')
      .selectAll()
      .where('recipient_email', '=', email)
      .execute();
    expect(outbox).toHaveLength(1);
    const stored = await h.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', res.body.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token);
    const view = await h.json('GET', `/v1/invitations/${token}`);
    expect(view.body).toMatchObject({ orgId: org.id, orgName: 'Acme', email, state: 'pending' });

    const invitee = await h.signUp({ email });
    const accepted = await h.json('POST', `/v1/invitations/${token}/accept`, invitee.headers);
    expect(accepted.status).toBe(200);
    const check = await h.json(
      'GET',
      `/v1/orgs/${org.id}/check?action=view_credentials&section=databases&project=${(await h.createProject(owner, org.id)).id}`,
      invitee.headers,
    );
    expect(check.body).toMatchObject({ allowed: true, credentialsVisible: true });
    // R33 single use
    const again = await h.json(
      'POST',
      `/v1/invitations/${token}/accept`,
      (await h.signUp()).headers,
    );
    expect(again.body).toMatchObject({ status: 410, code: 'invitation_used' });
    expect((await h.json('GET', `/v1/invitations/${token}`)).body).toMatchObject({
      state: 'accepted',
    });
  });

  it('R33: an invitation expires after 7 days', async () => {
    let now = new Date();
    const logs2: string[] = [];
    const clock = await createHarness({ deps: { now: () => now, log: (l) => logs2.push(l) } });
    try {
      const owner = await clock.signUp();
      const org = await clock.createOrg(owner);
      await clock.expectOk('POST', `/v1/orgs/${org.id}/invitations`, owner.headers, {
        email: 'later@example.test',
        grants: [{ role: 'customer_manager' }],
      });
      const token = /mni_[0-9a-z]{40}/.exec(logs2.at(-1)!)![0];
      now = new Date(now.getTime() + 7 * 86_400_000 + 1000);
      expect((await clock.json('GET', `/v1/invitations/${token}`)).body).toMatchObject({
        state: 'expired',
      });
      const user = await clock.signUp();
      const res = await clock.json('POST', `/v1/invitations/${token}/accept`, user.headers);
      expect(res.body).toMatchObject({ status: 410, code: 'invitation_expired' });
    } finally {
      await clock.close();
    }
  });

  it('R30/R31: pending grants are checked with checkGrant; a withdrawn invitation no longer works', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const web = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: web.id }, levels: { sites: 'manage' } });
    const denied = await invite(web, org.id, 'x@example.test', [{ levels: { sites: 'read' } }]);
    expect(denied.body).toMatchObject({ status: 403, code: 'not_delegator' });
    const ownerOnly = await invite(owner, org.id, 'x@example.test', [
      { levels: { company_details: 'read' } },
    ]);
    expect(ownerOnly.body).toMatchObject({ status: 400, code: 'owner_only' });
    const res = await invite(owner, org.id, 'gone@example.test', [{ role: 'customer_admin' }]);
    const token = tokenFor('gone@example.test');
    const members = await h.json<{ invitations: { id: string }[] }>(
      'GET',
      `/v1/orgs/${org.id}/members`,
      owner.headers,
    );
    expect(members.body.invitations.map((i) => i.id)).toContain(res.body.id);
    expect(
      (await h.json('DELETE', `/v1/orgs/${org.id}/invitations/${res.body.id}`, owner.headers))
        .status,
    ).toBe(200);
    const user = await h.signUp();
    expect(
      (await h.json('POST', `/v1/invitations/${token}/accept`, user.headers)).body,
    ).toMatchObject({
      status: 410,
      code: 'invitation_revoked',
    });
  });

  it('401, 400, 404 (foreign organization, unknown link)', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/invitations`, {}, { email: 'a@b.c', grants: [] }))
        .status,
    ).toBe(401);
    expect((await invite(owner, org.id, 'not-an-email', [{ role: 'customer_admin' }])).status).toBe(
      400,
    );
    expect((await invite(owner, org.id, 'a@example.test', [])).status).toBe(400);
    const stranger = await h.signUp();
    expect(
      (await invite(stranger, org.id, 'a@example.test', [{ role: 'customer_admin' }])).status,
    ).toBe(404);
    expect((await h.json('GET', `/v1/invitations/mni_${'0'.repeat(40)}`)).status).toBe(404);
    expect((await h.json('GET', '/v1/invitations/bogus')).status).toBe(400);
    expect((await h.json('POST', `/v1/invitations/mni_${'0'.repeat(40)}/accept`)).status).toBe(401);
  });
});

describe('sign-up with an invitation (R33)', () => {
  it('R33: the pending grants bind to the profile created from the link', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const email = `signup-${Date.now()}@example.test`;
    await invite(owner, org.id, email, [{ levels: { billing: 'read' } }]);
    const token = tokenFor(email);
    const res = await h.json<{ sessionToken: string }>(
      'POST',
      '/v1/auth/signup',
      {},
      {
        email,
        password: 'correct horse battery',
        name: 'New',
        invitation: token,
      },
    );
    expect(res.status).toBe(201);
    const headers = { authorization: `Bearer ${res.body.sessionToken}` };
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/check?action=view&section=billing`, headers)).body,
    ).toMatchObject({ allowed: true });
    const again = await h.json(
      'POST',
      '/v1/auth/signup',
      {},
      {
        email: `other-${Date.now()}@example.test`,
        password: 'correct horse battery',
        name: 'Late',
        invitation: token,
      },
    );
    expect(again.body).toMatchObject({ status: 410, code: 'invitation_used' });
  });
});
