import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setBalance } from '../../db/billing.js';
import { createSupportAgent } from '../../lib/auth/support-agent.js';
import { currentTotp } from '../../lib/auth/totp.js';
import { bearer, createHarness, type Harness, uniqueEmail } from '../../test/harness.js';

let h: Harness;
let agent: Record<string, string>;
beforeAll(async () => {
  h = await createHarness();
  const email = uniqueEmail('agent');
  const created = await createSupportAgent(h.db, {
    email,
    name: 'Sam Support',
    password: 'staff pw 1',
  });
  const res = await h.expectOk<{ sessionToken: string }>(
    'POST',
    '/v1/support/auth/signin',
    {},
    {
      email,
      password: 'staff pw 1',
      code: currentTotp(created.totpSecret),
    },
  );
  agent = bearer(res.sessionToken);
});
afterAll(() => h.close());

type Assessment = {
  requester: string;
  level: string;
  disclose: boolean;
  actions: Record<string, string>;
  reason: string;
};

/** Owner, a read-only member, a manager and an MFA-only member on project A; a service there. */
const setup = async () => {
  const owner = await h.signUp({ name: 'Olivia Owner' });
  const org = await h.createOrg(owner, 'Acme');
  const a = await h.createProject(owner, org.id, 'alpha');
  const b = await h.createProject(owner, org.id, 'bravo');
  await setBalance(h.db, org.id, { balanceCents: 100_000 });
  const reader = await h.signUp({ name: 'Rita Reader' });
  await h.addGrant(org.id, {
    grantee: { user: reader.id },
    scope: { project: a.id },
    levels: { databases: 'read' },
  });
  const manager = await h.signUp();
  await h.addGrant(org.id, {
    grantee: { user: manager.id },
    scope: { project: a.id },
    levels: { databases: 'manage' },
  });
  const mfaOnly = await h.signUp();
  await h.addGrant(org.id, {
    grantee: { user: mfaOnly.id },
    scope: { project: a.id },
    levels: { databases: 'read' },
    requireMfa: true,
  });
  const db = await h.expectOk<{ id: string }>(
    'POST',
    `/v1/orgs/${org.id}/services`,
    owner.headers,
    {
      section: 'databases',
      project: a.id,
      name: 'orders-db',
      secret: 'pw',
    },
  );
  return { owner, org, a, b, reader, manager, mfaOnly, service: db };
};

const assess = (orgId: string, q: Record<string, string>) =>
  h.json<{ assessment: Assessment }>(
    'GET',
    `/v1/support/orgs/${orgId}/assess?${new URLSearchParams(q)}`,
    agent,
  );

const act = (orgId: string, body: object) =>
  h.json<Record<string, unknown>>('POST', `/v1/support/orgs/${orgId}/actions`, agent, body);

describe('support desk: find and assess (SPEC §7)', () => {
  it('finds a requester by e-mail with their organizations; 404 for an unknown e-mail', async () => {
    const { org, reader } = await setup();
    const res = await h.json(
      'GET',
      `/v1/support/requesters?email=${encodeURIComponent(reader.email)}`,
      agent,
    );
    expect(res.body).toEqual({
      user: { id: reader.id, email: reader.email, name: 'Rita Reader' },
      organizations: [{ id: org.id, name: 'Acme', role: 'member' }],
    });
    expect(
      (await h.json('GET', `/v1/support/requesters?email=${uniqueEmail()}`, agent)).status,
    ).toBe(404);
    expect((await h.json('GET', '/v1/support/requesters?email=not-an-email', agent)).status).toBe(
      400,
    );
  });

  it('assesses owner, read, manage and stranger as §7 says', async () => {
    const { org, a, owner, reader, manager } = await setup();
    const target = { section: 'databases', project: a.id };
    const stranger = await h.signUp();
    const cases = [
      [
        owner.id,
        {
          requester: 'owner',
          disclose: true,
          actions: {
            view: 'perform',
            create: 'perform',
            update: 'perform',
            delete: 'customer_only',
          },
        },
      ],
      [
        manager.id,
        {
          requester: 'member',
          level: 'manage',
          actions: { update: 'perform', delete: 'customer_only' },
        },
      ],
      [
        reader.id,
        {
          level: 'read',
          disclose: true,
          actions: {
            view: 'perform',
            create: 'needs_owner_approval',
            update: 'needs_owner_approval',
            delete: 'customer_only',
          },
        },
      ],
      [
        stranger.id,
        {
          requester: 'stranger',
          disclose: false,
          actions: { view: 'verify_owner', delete: 'verify_owner' },
        },
      ],
    ] as const;
    for (const [user, expected] of cases) {
      const res = await assess(org.id, { user, mfa: 'false', ...target });
      expect(res.status).toBe(200);
      expect(res.body.assessment).toMatchObject(expected);
    }
  });

  it('R42: without a second factor, requireMfa grants do not count', async () => {
    const { org, a, mfaOnly } = await setup();
    const without = await assess(org.id, {
      user: mfaOnly.id,
      mfa: 'false',
      section: 'databases',
      project: a.id,
    });
    expect(without.body.assessment).toMatchObject({ disclose: false, reason: 'mfa_required' });
    const withMfa = await assess(org.id, {
      user: mfaOnly.id,
      mfa: 'true',
      section: 'databases',
      project: a.id,
    });
    expect(withMfa.body.assessment).toMatchObject({ disclose: true, level: 'read' });
  });

  it('R15: the matrix lists only places where the requester has access (no hidden place, no count); for a stranger only the organization, unnamed', async () => {
    const { org, a, b, reader } = await setup();
    const m = await h.json<{
      places: { kind: string; id: string; name: string | null }[];
      cells: unknown[];
    }>('GET', `/v1/support/orgs/${org.id}/matrix?user=${reader.id}&mfa=false`, agent);
    expect(m.status).toBe(200);
    expect(m.body.places).toEqual([
      { kind: 'org', id: org.id, name: 'Acme' },
      { kind: 'project', id: a.id, name: 'alpha' },
    ]);
    expect(JSON.stringify(m.body)).not.toContain(b.id);
    expect(JSON.stringify(m.body)).not.toContain('orders-db');
    const stranger = await h.signUp();
    const s = await h.json<{ places: unknown[]; org: { name: string | null } }>(
      'GET',
      `/v1/support/orgs/${org.id}/matrix?user=${stranger.id}`,
      agent,
    );
    expect(s.body.places).toEqual([{ kind: 'org', id: org.id, name: null }]);
    expect(s.body.org.name).toBeNull();
  });

  it('lists services only where support may disclose; otherwise 404 (nothing, not even existence)', async () => {
    const { org, a, b, reader, service } = await setup();
    const ok = await h.json<{ items: { id: string; secret?: unknown }[] }>(
      'GET',
      `/v1/support/orgs/${org.id}/services?user=${reader.id}&section=databases&project=${a.id}`,
      agent,
    );
    expect(ok.body.items.map((s) => s.id)).toEqual([service.id]);
    expect(JSON.stringify(ok.body)).not.toContain('"pw"');
    const hidden = await h.json(
      'GET',
      `/v1/support/orgs/${org.id}/services?user=${reader.id}&section=databases&project=${b.id}`,
      agent,
    );
    expect(hidden.body).toMatchObject({ status: 404, code: 'not_found' });
    const sites = await h.json(
      'GET',
      `/v1/support/orgs/${org.id}/services?user=${reader.id}&section=sites&project=${a.id}`,
      agent,
    );
    expect(sites.status).toBe(404);
  });

  it('401 without a support session, customer sessions refused, 400 bad input, 404 unknown organization', async () => {
    const { org, a, owner } = await setup();
    const q = `user=${owner.id}&section=databases&project=${a.id}`;
    expect((await h.json('GET', `/v1/support/orgs/${org.id}/assess?${q}`)).status).toBe(401);
    expect(
      (await h.json('GET', `/v1/support/orgs/${org.id}/assess?${q}`, owner.headers)).body,
    ).toMatchObject({ status: 401, code: 'wrong_realm' });
    expect(
      (
        await h.json(
          'GET',
          `/v1/support/orgs/${org.id}/assess?user=${owner.id}&section=nope`,
          agent,
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await h.json(
          'GET',
          `/v1/support/orgs/${org.id}/assess?user=${owner.id}&section=databases&mfa=maybe`,
          agent,
        )
      ).status,
    ).toBe(400);
    expect(
      (await h.json('GET', `/v1/support/orgs/org_doesnotexist/assess?${q}`, agent)).status,
    ).toBe(404);
    expect(
      (await h.json('POST', `/v1/support/orgs/${org.id}/actions`, agent, '{"user":')).status,
    ).toBe(400);
  });
});

describe('support desk: approvals and actions (R40, R41, R43)', () => {
  it('R41: a read requester’s update needs the owner’s approval, which works once', async () => {
    const { owner, org, a, reader, service } = await setup();
    const target = { section: 'databases', project: a.id };
    const change = {
      user: reader.id,
      mfa: false,
      target,
      action: 'update',
      serviceId: service.id,
      changes: { name: 'renamed' },
    };
    expect((await act(org.id, change)).body).toMatchObject({
      status: 403,
      code: 'needs_owner_approval',
    });
    const noReason = await h.json('POST', `/v1/support/orgs/${org.id}/approvals`, agent, {
      user: reader.id,
      target,
      action: 'update',
    });
    expect(noReason.status).toBe(400);
    const asked = await h.json<{ id: string; status: string; expiresAt: string }>(
      'POST',
      `/v1/support/orgs/${org.id}/approvals`,
      agent,
      {
        user: reader.id,
        target,
        action: 'update',
        serviceId: service.id,
        reason: 'Customer asked to rename the DB',
      },
    );
    expect(asked.status).toBe(201);
    expect(asked.body.status).toBe('pending');
    const hours = (Date.parse(asked.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    // Pending: nothing changes yet.
    expect((await act(org.id, { ...change, approvalId: asked.body.id })).body).toMatchObject({
      code: 'approval_not_usable',
    });
    const listed = await h.json<{ items: { id: string }[] }>(
      'GET',
      `/v1/orgs/${org.id}/approvals`,
      owner.headers,
    );
    expect(listed.body.items.map((i) => i.id)).toEqual([asked.body.id]);
    const approved = await h.json(
      'POST',
      `/v1/orgs/${org.id}/approvals/${asked.body.id}/approve`,
      owner.headers,
    );
    expect(approved.body).toMatchObject({ status: 'approved' });
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/approvals/${asked.body.id}/deny`, owner.headers))
        .body,
    ).toMatchObject({ status: 409, code: 'approval_closed' });
    const done = await act(org.id, { ...change, approvalId: asked.body.id });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      outcome: 'performed',
      approvalId: asked.body.id,
      service: { name: 'renamed' },
    });
    const state = await h.json(
      'GET',
      `/v1/support/orgs/${org.id}/approvals/${asked.body.id}`,
      agent,
    );
    expect(state.body).toMatchObject({ status: 'used' });
    const again = await act(org.id, {
      ...change,
      changes: { name: 'again' },
      approvalId: asked.body.id,
    });
    expect(again.body).toMatchObject({ status: 409, code: 'approval_not_usable' });
  });

  it('R41: the approval is consumed atomically — of two concurrent uses exactly one performs', async () => {
    const { owner, org, a, reader, service } = await setup();
    const target = { section: 'databases', project: a.id };
    const asked = await h.expectOk<{ id: string }>(
      'POST',
      `/v1/support/orgs/${org.id}/approvals`,
      agent,
      {
        user: reader.id,
        target,
        action: 'update',
        reason: 'rename',
      },
    );
    await h.expectOk('POST', `/v1/orgs/${org.id}/approvals/${asked.id}/approve`, owner.headers);
    const body = {
      user: reader.id,
      target,
      action: 'update',
      serviceId: service.id,
      approvalId: asked.id,
    };
    const results = await Promise.all(
      ['x', 'y', 'z'].map((name) => act(org.id, { ...body, changes: { name } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });

  it('R41: denied and expired requests do nothing; asking is refused when not needed', async () => {
    const { owner, org, a, reader, manager } = await setup();
    const target = { section: 'databases', project: a.id };
    const ask = () =>
      h.expectOk<{ id: string }>('POST', `/v1/support/orgs/${org.id}/approvals`, agent, {
        user: reader.id,
        target,
        action: 'create',
        reason: 'new database',
      });
    const denied = await ask();
    await h.expectOk('POST', `/v1/orgs/${org.id}/approvals/${denied.id}/deny`, owner.headers);
    const create = { user: reader.id, target, action: 'create', changes: { name: 'new-db' } };
    expect((await act(org.id, { ...create, approvalId: denied.id })).body).toMatchObject({
      code: 'approval_not_usable',
    });
    const expiring = await ask();
    await h.db
      .updateTable('approvals')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', expiring.id)
      .execute();
    expect(
      (await h.json('GET', `/v1/support/orgs/${org.id}/approvals/${expiring.id}`, agent)).body,
    ).toMatchObject({ status: 'expired' });
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/approvals/${expiring.id}/approve`, owner.headers))
        .body,
    ).toMatchObject({ code: 'approval_closed' });
    const notNeeded = await h.json('POST', `/v1/support/orgs/${org.id}/approvals`, agent, {
      user: manager.id,
      target,
      action: 'create',
      reason: 'x',
    });
    expect(notNeeded.body).toMatchObject({ status: 409, code: 'approval_not_needed' });
    // A manage requester: support performs create at once, debiting the balance (R11).
    const created = await act(org.id, { ...create, user: manager.id });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ service: { name: 'new-db' }, approvalId: null });
  });

  it('R40: support never deletes, not even for the owner; nothing is removed', async () => {
    const { owner, org, a, service } = await setup();
    const res = await act(org.id, {
      user: owner.id,
      target: { section: 'databases', project: a.id },
      action: 'delete',
      serviceId: service.id,
    });
    expect(res.body).toMatchObject({ status: 403, code: 'customer_only' });
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/services/${service.id}`, owner.headers)).status,
    ).toBe(200);
  });

  it('a stranger’s request: verify_owner, and a service id reveals nothing', async () => {
    const { org, a, service } = await setup();
    const stranger = await h.signUp();
    const res = await act(org.id, {
      user: stranger.id,
      target: { section: 'databases', project: a.id },
      action: 'view',
      serviceId: service.id,
    });
    expect(res.body).toMatchObject({ status: 403, code: 'verify_owner' });
    expect(JSON.stringify(res.body)).not.toContain('orders-db');
  });

  it('R43: every step is in the owner’s transparency log; members and tokens cannot read it (R14)', async () => {
    const { owner, org, a, reader, manager } = await setup();
    await assess(org.id, { user: reader.id, section: 'databases', project: a.id });
    await act(org.id, {
      user: reader.id,
      target: { section: 'databases', project: a.id },
      action: 'delete',
    });
    const log = await h.json<{
      items: { kind: string; agentName: string; requesterId: string; outcome: string }[];
    }>('GET', `/v1/orgs/${org.id}/support-log`, owner.headers);
    expect(log.body.items.slice(0, 2)).toEqual([
      expect.objectContaining({
        kind: 'support.action.delete',
        outcome: 'refused:customer_only',
        agentName: 'Sam Support',
        requesterId: reader.id,
      }),
      expect.objectContaining({ kind: 'support.assess', outcome: 'assessed' }),
    ]);
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/support-log`, manager.headers)).body,
    ).toMatchObject({ status: 403, code: 'owner_only' });
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/approvals`, manager.headers)).body,
    ).toMatchObject({ status: 403, code: 'owner_only' });
    const token = await h.issueToken(owner, org.id);
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/support-log`, token.headers)).body,
    ).toMatchObject({ status: 403, code: 'session_required' });
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/approvals/apr_x/approve`, token.headers)).body,
    ).toMatchObject({ code: 'session_required' });
    const stranger = await h.signUp();
    expect((await h.json('GET', `/v1/orgs/${org.id}/approvals`, stranger.headers)).status).toBe(
      404,
    );
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/approvals/apr_unknown/approve`, owner.headers))
        .status,
    ).toBe(404);
  });
});

describe('support desk: tickets (R44)', () => {
  it('R44: alerts the project’s technical contacts, and only them', async () => {
    const { owner, org, a, reader } = await setup();
    const contact = await h.signUp();
    await h.addGrant(org.id, {
      grantee: { user: contact.id },
      scope: { project: a.id },
      levels: { technical_contact: 'read' },
    });
    const res = await h.json<{ alerted: number; id: string }>(
      'POST',
      `/v1/support/orgs/${org.id}/tickets`,
      agent,
      {
        project: a.id,
        subject: 'Disk almost full',
        user: reader.id,
      },
    );
    expect(res.status).toBe(201);
    const alerts = await h.db
      .selectFrom('alerts')
      .select('recipient_user_id')
      .where('org_id', '=', org.id)
      .where('kind', '=', 'support_ticket')
      .execute();
    expect(alerts.map((r) => r.recipient_user_id).sort()).toEqual([owner.id, contact.id].sort());
    expect(res.body.alerted).toBe(2);
  });

  it('R44: server tickets alert server_technical_contact; 400 without a place, 404 for a foreign one', async () => {
    const { owner, org, a } = await setup();
    const server = await h.createServer(owner, org.id);
    const ops = await h.signUp();
    await h.addGrant(org.id, {
      grantee: { user: ops.id },
      scope: { server: server.id },
      levels: { server_technical_contact: 'read' },
    });
    const res = await h.json<{ alerted: number }>(
      'POST',
      `/v1/support/orgs/${org.id}/tickets`,
      agent,
      { server: server.id, subject: 'Load' },
    );
    expect(res.body.alerted).toBe(2);
    const mine = await h.json<{ items: { kind: string }[] }>('GET', '/v1/me/alerts', ops.headers);
    expect(mine.body.items.map((i) => i.kind)).toEqual(['support_ticket']);
    expect(
      (await h.json('POST', `/v1/support/orgs/${org.id}/tickets`, agent, { subject: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await h.json('POST', `/v1/support/orgs/${org.id}/tickets`, agent, {
          project: a.id,
          server: server.id,
          subject: 'x',
        })
      ).status,
    ).toBe(400);
    const other = await setup();
    expect(
      (
        await h.json('POST', `/v1/support/orgs/${org.id}/tickets`, agent, {
          project: other.a.id,
          subject: 'x',
        })
      ).status,
    ).toBe(404);
  });
});
