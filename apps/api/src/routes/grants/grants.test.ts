import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

type Write = {
  grant: { id: string; rowVersion: number; levels: Record<string, string> | null };
  replaced: string | null;
  credentialsWarning: boolean;
  receipt: { authzVersion: number; enforcedFrom: string };
};

const setup = async () => {
  const owner = await h.signUp();
  const org = await h.createOrg(owner);
  const project = await h.createProject(owner, org.id, 'www');
  const member = await h.signUp();
  // A membership with a harmless grant: grants go to members (invitations bring people in).
  await h.addGrant(org.id, {
    grantee: { user: member.id },
    levels: { statistics: 'read' },
    scope: { project: project.id },
  });
  return { owner, org, project, member };
};

describe('POST /v1/orgs/{org}/grants', () => {
  it('the owner gives a grant; the response carries rowVersion, R10 warning and a receipt', async () => {
    const { owner, org, member } = await setup();
    const res = await h.json<Write>('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { user: member.id },
      levels: { databases: 'read' },
    });
    expect(res.status).toBe(201);
    expect(res.body.grant).toMatchObject({ rowVersion: 1, levels: { databases: 'read' } });
    expect(res.body.credentialsWarning).toBe(true);
    expect(res.body.receipt.authzVersion).toBeGreaterThan(org.authzVersion);
  });

  it('R2: a second grant on the same scope replaces the first', async () => {
    const { owner, org, member } = await setup();
    const first = await h.json<Write>('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { user: member.id },
      levels: { sites: 'manage' },
    });
    const second = await h.json<Write>('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { user: member.id },
      role: 'customer_manager',
    });
    expect(second.status).toBe(200);
    expect(second.body.replaced).toBe(first.body.grant.id);
    expect(second.body.grant).toMatchObject({ rowVersion: 2, levels: null });
    expect(second.body.credentialsWarning).toBe(false);
  });

  it('preview path with a colon routes', async () => {
    const { owner, org, member } = await setup();
    const res = await h.json('POST', `/v1/orgs/${org.id}/grants:preview`, owner.headers, {
      grantee: { user: member.id },
      role: 'customer_admin',
    });
    expect(res.status).toBe(200);
  });
});

describe('PUT /v1/orgs/{org}/grants/{id} (If-Match)', () => {
  it('412 stale_edit on a stale rowVersion, 428 without If-Match', async () => {
    const { owner, org, member } = await setup();
    const created = await h.json<Write>('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { user: member.id },
      levels: { sites: 'read' },
    });
    const id = created.body.grant.id;
    const url = `/v1/orgs/${org.id}/grants/${id}`;
    expect((await h.json('PUT', url, owner.headers, { levels: { sites: 'manage' } })).status).toBe(
      428,
    );
    const ok = await h.json<Write>(
      'PUT',
      url,
      { ...owner.headers, 'if-match': '"1"' },
      { levels: { sites: 'manage' } },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.grant.rowVersion).toBe(2);
    const stale = await h.json(
      'PUT',
      url,
      { ...owner.headers, 'if-match': '1' },
      { levels: { sites: 'read' } },
    );
    expect(stale.body).toMatchObject({ status: 412, code: 'stale_edit' });
    expect(
      (await h.json('PUT', url, { ...owner.headers, 'if-match': 'abc' }, { levels: {} })).status,
    ).toBe(400);
  });

  it('50 parallel editors with the same If-Match: exactly one wins per version, no lost update', async () => {
    const { owner, org, member } = await setup();
    const created = await h.json<Write>('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { user: member.id },
      levels: { sites: 'read' },
    });
    const url = `/v1/orgs/${org.id}/grants/${created.body.grant.id}`;
    const sections = ['sites', 'databases', 'ftp', 'emails', 'statistics'];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        h.json<Write>(
          'PUT',
          url,
          { ...owner.headers, 'if-match': '1' },
          {
            levels: { [sections[i % 5]!]: 'manage', note: undefined },
          },
        ),
      ),
    );
    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === 412)).toHaveLength(49);
    const list = await h.json<{ items: { id: string; rowVersion: number; levels: unknown }[] }>(
      'GET',
      `/v1/orgs/${org.id}/grants?grantee=${member.id}&scope=org`,
      owner.headers,
    );
    expect(list.body.items[0]).toMatchObject({
      rowVersion: 2,
      levels: winners[0]!.body.grant.levels,
    });
  });
});

describe('delegation through the routes (R30, R31, R14)', () => {
  it('R30: a member without members = manage cannot give grants (not_delegator)', async () => {
    const { org, member } = await setup();
    const other = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: other.id }, levels: { billing: 'read' } });
    const res = await h.json('POST', `/v1/orgs/${org.id}/grants`, member.headers, {
      grantee: { user: other.id },
      levels: { sites: 'read' },
    });
    expect(res.body).toMatchObject({ status: 403, code: 'not_delegator' });
  });

  it('R31: escalation and self grants are refused; R14: owner-only sections are a 400 naming the field', async () => {
    const { owner, org, member } = await setup();
    const delegator = await h.signUp();
    await h.addGrant(org.id, {
      grantee: { user: delegator.id },
      levels: { members: 'manage', sites: 'manage' },
    });
    const up = await h.json('POST', `/v1/orgs/${org.id}/grants`, delegator.headers, {
      grantee: { user: member.id },
      levels: { databases: 'read' },
    });
    expect(up.body).toMatchObject({ status: 403, code: 'escalation' });
    const self = await h.json('POST', `/v1/orgs/${org.id}/grants`, delegator.headers, {
      grantee: { user: delegator.id },
      levels: { sites: 'read' },
    });
    expect(self.body).toMatchObject({ status: 403, code: 'self_grant' });
    const ownerOnly = await h.json<{ errors: { path: string }[] }>(
      'POST',
      `/v1/orgs/${org.id}/grants`,
      owner.headers,
      {
        grantee: { user: member.id },
        levels: { sites: 'read', org_closure: 'manage' },
      },
    );
    expect(ownerOnly.body).toMatchObject({ status: 400, code: 'owner_only' });
    expect(ownerOnly.body.errors[0]!.path).toBe('body.levels.org_closure');
    const unknown = await h.json('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { user: member.id },
      levels: { teleport: 'read' },
    });
    expect(unknown.body).toMatchObject({ status: 400, code: 'unknown_section' });
    const ok = await h.json('POST', `/v1/orgs/${org.id}/grants`, delegator.headers, {
      grantee: { user: member.id },
      levels: { sites: 'read' },
    });
    expect(ok.status).toBe(201);
  });
});

describe('DELETE /v1/orgs/{org}/grants/{id}', () => {
  it('R20: a grant deleted through one instance is enforced by another on the next request', async () => {
    const b = await createHarness();
    try {
      const { owner, org, member } = await setup();
      const created = await h.json<Write>('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
        grantee: { user: member.id },
        role: 'customer_manager',
      });
      const token = await h.issueToken(member, org.id);
      for (const x of [h, b]) {
        expect(
          (
            await x.json(
              'GET',
              `/v1/orgs/${org.id}/check?action=create&section=account_management`,
              token.headers,
            )
          ).body,
        ).toMatchObject({ allowed: true });
      }
      const del = await h.json<{ receipt: { authzVersion: number } }>(
        'DELETE',
        `/v1/orgs/${org.id}/grants/${created.body.grant.id}`,
        owner.headers,
      );
      expect(del.status).toBe(200);
      expect(del.body.receipt.authzVersion).toBeGreaterThan(created.body.receipt.authzVersion);
      const res = await b.json('POST', `/v1/orgs/${org.id}/projects`, member.headers, {
        name: 'p',
      });
      expect(res.body).toMatchObject({ status: 403, code: 'no_grant' });
      const viaToken = await b.json(
        'GET',
        `/v1/orgs/${org.id}/check?action=create&section=account_management`,
        token.headers,
      );
      expect(viaToken.body).toMatchObject({ allowed: false, reason: 'no_grant' });
      const audit = await h.db
        .selectFrom('audit_log')
        .select(['action', 'before'])
        .where('org_id', '=', org.id)
        .where('action', '=', 'grant.delete')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.before).toMatchObject({ role: 'customer_manager' });
    } finally {
      await b.close();
    }
  });
});

describe('preview and permissions card', () => {
  it('R2 R5: what-if — before/after effective without saving', async () => {
    const { owner, org, project, member } = await setup();
    const res = await h.json<{
      decision: { allowed: boolean };
      before: { projects: Record<string, Record<string, unknown>> };
      after: { projects: Record<string, Record<string, { level: string }>> };
    }>('POST', `/v1/orgs/${org.id}/grants:preview`, owner.headers, {
      grantee: { user: member.id },
      scope: { project: project.id },
      role: 'hosting_web',
    });
    expect(res.body.decision.allowed).toBe(true);
    expect(res.body.before.projects[project.id]?.sites).toBeUndefined();
    expect(res.body.after.projects[project.id]?.sites?.level).toBe('manage');
    const list = await h.json<{ items: unknown[] }>(
      'GET',
      `/v1/orgs/${org.id}/grants?grantee=${member.id}`,
      owner.headers,
    );
    expect(list.body.items).toHaveLength(1); // nothing saved
  });

  it('R51: the card lists direct and team grants with source, MFA flag and expiry', async () => {
    const { owner, org, project, member } = await setup();
    const team = await h.createTeam(owner, org.id, 'ops', [member.id]);
    await h.expectOk('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { team: team.id },
      scope: { project: project.id },
      levels: { databases: 'read' },
      requireMfa: true,
    });
    const card = await h.json<{
      rows: { via: unknown; requireMfa: boolean; grantee: { user: string } }[];
    }>('GET', `/v1/orgs/${org.id}/permissions-card?project=${project.id}`, owner.headers);
    expect(card.status).toBe(200);
    expect(card.body.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ grantee: { user: member.id }, via: 'direct', requireMfa: false }),
        expect.objectContaining({
          grantee: { user: member.id },
          via: { team: team.id },
          requireMfa: true,
        }),
      ]),
    );
    const denied = await h.json('GET', `/v1/orgs/${org.id}/permissions-card`, member.headers);
    expect(denied.status).toBe(403);
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/permissions-card?project=prj_nope`, owner.headers))
        .status,
    ).toBe(404);
  });
});

describe('grant expiry (R8)', () => {
  it('R8: an expired grant counts for nothing; a new grant must expire in the future', async () => {
    const { owner, org, member } = await setup();
    const check = `/v1/orgs/${org.id}/check?action=view&section=billing&user=${member.id}`;
    await h.addGrant(org.id, {
      grantee: { user: member.id },
      levels: { billing: 'read' },
      expiresAt: new Date(Date.now() - 60_000),
    });
    expect((await h.json('GET', check, owner.headers)).body).toMatchObject({
      allowed: false,
      reason: 'no_grant',
    });
    const past = await h.json<{ errors: { path: string }[] }>(
      'POST',
      `/v1/orgs/${org.id}/grants`,
      owner.headers,
      {
        grantee: { user: member.id },
        levels: { billing: 'read' },
        expiresAt: new Date(Date.now() - 60_000).toISOString(),
      },
    );
    expect(past.status).toBe(400);
    expect(past.body.errors.map((e) => e.path)).toContain('body.expiresAt');
    await h.expectOk('POST', `/v1/orgs/${org.id}/grants`, owner.headers, {
      grantee: { user: member.id },
      levels: { billing: 'read' },
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect((await h.json('GET', check, owner.headers)).body).toMatchObject({ allowed: true });
  });
});

describe('grants: 401, 400, foreign 404', () => {
  it('R15: every grant route', async () => {
    const { owner, org, member } = await setup();
    const stranger = await h.signUp();
    const base = `/v1/orgs/${org.id}/grants`;
    const body = { grantee: { user: member.id }, levels: { sites: 'read' } };
    expect((await h.json('POST', base, {}, body)).status).toBe(401);
    expect((await h.json('GET', base)).status).toBe(401);
    expect((await h.json('POST', base, owner.headers, { grantee: { user: 'x' } })).status).toBe(
      400,
    );
    expect(
      (await h.json('POST', base, owner.headers, { ...body, levels: { sites: 'admin' } })).status,
    ).toBe(400);
    expect(
      (await h.json('POST', base, owner.headers, { ...body, role: 'customer_admin' })).body,
    ).toMatchObject({ status: 400, code: 'invalid_grant' });
    expect(
      (await h.json('POST', base, owner.headers, { ...body, expiresAt: '2001-01-01T00:00:00Z' }))
        .status,
    ).toBe(400);
    expect((await h.json('GET', `${base}?grantee=bad`, owner.headers)).status).toBe(400);
    expect((await h.json('POST', base, stranger.headers, body)).status).toBe(404);
    expect((await h.json('GET', base, stranger.headers)).status).toBe(404);
    expect(
      (await h.json('POST', `${base.replace('grants', 'grants:preview')}`, stranger.headers, body))
        .status,
    ).toBe(404);
    expect(
      (await h.json('POST', base, owner.headers, { ...body, grantee: { user: stranger.id } })).body,
    ).toMatchObject({ status: 404, code: 'not_member' });
    expect(
      (
        await h.json(
          'PUT',
          `${base}/grt_unknown`,
          { ...owner.headers, 'if-match': '1' },
          { levels: {} },
        )
      ).status,
    ).toBe(404);
    expect((await h.json('DELETE', `${base}/grt_unknown`, owner.headers)).status).toBe(404);
    expect(
      (await h.json('POST', base, owner.headers, { ...body, scope: { project: 'prj_notmine' } }))
        .status,
    ).toBe(404);
  });
});
