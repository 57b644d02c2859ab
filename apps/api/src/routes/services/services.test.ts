import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setBalance } from '../../db/billing.js';
import { createHarness, type Harness, type TestUser } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

type Svc = { id: string; name: string; secret: string | null; credentialsVisible?: boolean };
type Page = { items: Svc[]; nextCursor: string | null };

const setup = async (balanceCents = 100_000) => {
  const owner = await h.signUp();
  const org = await h.createOrg(owner);
  const a = await h.createProject(owner, org.id, 'a');
  const b = await h.createProject(owner, org.id, 'b');
  await setBalance(h.db, org.id, { balanceCents });
  return { owner, org, a, b };
};

const create = (user: { headers: Record<string, string> }, orgId: string, body: object) =>
  h.json<Svc & Record<string, unknown>>('POST', `/v1/orgs/${orgId}/services`, user.headers, body);

const member = async (
  orgId: string,
  grant: Omit<Parameters<Harness['addGrant']>[1], 'grantee'>,
) => {
  const user = await h.signUp();
  await h.addGrant(orgId, { grantee: { user: user.id }, ...grant });
  return user;
};

const balanceOf = async (orgId: string) => {
  const row = await h.db
    .selectFrom('organizations')
    .select('balance_cents')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.balance_cents);
};

describe('services: create, read, list', () => {
  it('R10: the owner creates a database with a password; reads mask it; the credentials route reveals it and is audited', async () => {
    const { owner, org, a } = await setup();
    const res = await create(owner, org.id, {
      section: 'databases',
      project: a.id,
      name: 'main',
      details: { engine: 'postgres' },
      secret: 's3cret-pw',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'main', secret: '********', hasSecret: true });
    const got = await h.json<Svc>(
      'GET',
      `/v1/orgs/${org.id}/services/${res.body.id}`,
      owner.headers,
    );
    expect(got.body.secret).toBe('********');
    expect(JSON.stringify(got.body)).not.toContain('s3cret-pw');
    const creds = await h.json(
      'GET',
      `/v1/orgs/${org.id}/services/${res.body.id}/credentials`,
      owner.headers,
    );
    expect(creds.body).toEqual({ serviceId: res.body.id, secret: 's3cret-pw' });
    const audit = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('org_id', '=', org.id)
      .where('subject_id', '=', res.body.id)
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['service.create', 'service.credentials.view']);
  });

  it('a server-scope service lives on a server (firewall)', async () => {
    const { owner, org } = await setup();
    const server = await h.createServer(owner, org.id);
    const res = await create(owner, org.id, {
      section: 'firewall',
      server: server.id,
      name: 'ssh only',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ serverId: server.id, projectId: null });
    const list = await h.json<Page>(
      'GET',
      `/v1/orgs/${org.id}/services?server=${server.id}`,
      owner.headers,
    );
    expect(list.body.items.map((s) => s.id)).toEqual([res.body.id]);
  });

  it('R10: a read-only member sees passwords through …/credentials; credentialsVisible says so', async () => {
    const { owner, org, a } = await setup();
    const svc = await create(owner, org.id, {
      section: 'databases',
      project: a.id,
      name: 'db',
      secret: 'pw',
    });
    const reader = await member(org.id, { levels: { databases: 'read' } });
    const got = await h.json<Svc>(
      'GET',
      `/v1/orgs/${org.id}/services/${svc.body.id}`,
      reader.headers,
    );
    expect(got.body).toMatchObject({ secret: '********', credentialsVisible: true });
    const creds = await h.json(
      'GET',
      `/v1/orgs/${org.id}/services/${svc.body.id}/credentials`,
      reader.headers,
    );
    expect(creds.body).toMatchObject({ secret: 'pw' });
    const edit = await h.json(
      'PATCH',
      `/v1/orgs/${org.id}/services/${svc.body.id}`,
      reader.headers,
      { name: 'x' },
    );
    expect(edit.body).toMatchObject({ status: 403, code: 'level_too_low' });
  });

  it('R11: manage creates without any billing access; the price is debited and invoiced', async () => {
    const { org, a } = await setup(1000);
    const web = await member(org.id, { scope: { project: a.id }, role: 'hosting_web' });
    const res = await create(web, org.id, { section: 'sites', project: a.id, name: 'www' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ priceCents: 300 });
    expect(await balanceOf(org.id)).toBe(700);
    const invoices = await h.db
      .selectFrom('invoices')
      .selectAll()
      .where('org_id', '=', org.id)
      .execute();
    expect(invoices).toEqual([expect.objectContaining({ service_id: res.body.id })]);
    expect((await h.json('GET', `/v1/orgs/${org.id}/billing`, web.headers)).status).toBe(403);
  });

  it('R11: insufficient_balance never reveals the balance without billing ≥ read, and rolls back', async () => {
    const { org, a } = await setup(123);
    const web = await member(org.id, { scope: { project: a.id }, role: 'hosting_web' });
    const res = await create(web, org.id, { section: 'sites', project: a.id, name: 'www' });
    expect(res.status).toBe(402);
    expect(res.body).toMatchObject({ code: 'insufficient_balance' });
    expect(JSON.stringify(res.body)).not.toMatch(/1\.23|123/);
    const billingReader = await member(org.id, { levels: { sites: 'manage', billing: 'read' } });
    const shown = await create(billingReader, org.id, {
      section: 'sites',
      project: a.id,
      name: 'www',
    });
    expect(shown.body).toMatchObject({ status: 402, code: 'insufficient_balance' });
    expect(JSON.stringify(shown.body)).toContain('1.23 EUR');
    expect(await balanceOf(org.id)).toBe(123);
    const rows = await h.db
      .selectFrom('services')
      .select('id')
      .where('org_id', '=', org.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('R44: a balance turning negative alerts members with billing ≥ read, only them', async () => {
    const { owner, org, a } = await setup(100);
    await setBalance(h.db, org.id, { balanceCents: 100, creditLimitCents: 10_000 });
    const billing = await member(org.id, { scope: { project: a.id }, levels: { billing: 'read' } });
    const web = await member(org.id, { scope: { project: a.id }, role: 'hosting_web' });
    expect(
      (await create(web, org.id, { section: 'databases', project: a.id, name: 'd' })).status,
    ).toBe(201);
    const alerted = await h.db
      .selectFrom('alerts')
      .select(['recipient_user_id', 'kind'])
      .where('org_id', '=', org.id)
      .execute();
    expect(alerted.map((r) => r.recipient_user_id).sort()).toEqual([owner.id, billing.id].sort());
    expect(alerted.every((r) => r.kind === 'balance_negative')).toBe(true);
    // Already negative: no second alert.
    expect(
      (await create(web, org.id, { section: 'databases', project: a.id, name: 'e' })).status,
    ).toBe(201);
    const again = await h.db
      .selectFrom('alerts')
      .select('id')
      .where('org_id', '=', org.id)
      .execute();
    expect(again).toHaveLength(2);
    const mine = await h.json<{ items: { kind: string }[] }>(
      'GET',
      '/v1/me/alerts',
      billing.headers,
    );
    expect(mine.body.items).toEqual([expect.objectContaining({ kind: 'balance_negative' })]);
  });

  it('R15: the list leaves out what the caller cannot view; a direct request answers 404, not 403', async () => {
    const { owner, org, a, b } = await setup();
    const inA = await create(owner, org.id, { section: 'sites', project: a.id, name: 'a-site' });
    const inB = await create(owner, org.id, { section: 'sites', project: b.id, name: 'b-site' });
    const dbA = await create(owner, org.id, { section: 'databases', project: a.id, name: 'a-db' });
    const stats = await member(org.id, { scope: { project: a.id }, levels: { sites: 'read' } });
    const list = await h.json<Page>('GET', `/v1/orgs/${org.id}/services`, stats.headers);
    expect(list.body.items.map((s) => s.id)).toEqual([inA.body.id]);
    for (const hidden of [inB.body.id, dbA.body.id]) {
      const res = await h.json('GET', `/v1/orgs/${org.id}/services/${hidden}`, stats.headers);
      expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
      expect(
        (await h.json('DELETE', `/v1/orgs/${org.id}/services/${hidden}`, stats.headers)).status,
      ).toBe(404);
      expect(
        (await h.json('GET', `/v1/orgs/${org.id}/services/${hidden}/credentials`, stats.headers))
          .status,
      ).toBe(404);
    }
    const filtered = await h.json<Page>(
      'GET',
      `/v1/orgs/${org.id}/services?section=sites&project=${b.id}`,
      stats.headers,
    );
    expect(filtered.body.items).toEqual([]);
    const all = await h.json<Page>('GET', `/v1/orgs/${org.id}/services`, owner.headers);
    expect(all.body.items).toHaveLength(3);
  });

  it('R21: a token capped to one project lists only that project’s services', async () => {
    const { owner, org, a, b } = await setup();
    await create(owner, org.id, { section: 'sites', project: a.id, name: 'a' });
    const inB = await create(owner, org.id, { section: 'sites', project: b.id, name: 'b' });
    const token = await h.issueToken(owner, org.id, { cap: { projects: [b.id] } });
    const list = await h.json<Page>('GET', `/v1/orgs/${org.id}/services`, token.headers);
    expect(list.body.items.map((s) => s.id)).toEqual([inB.body.id]);
  });

  it('R15 R21: a project left out of a token’s cap answers like one that does not exist (404, never 403)', async () => {
    const { owner, org, a, b } = await setup();
    const token = await h.issueToken(owner, org.id, { cap: { projects: [b.id] } });
    const body = { section: 'sites', name: 'x' };
    const leftOut = await create(token, org.id, { ...body, project: a.id });
    const unknown = await create(token, org.id, { ...body, project: 'prj_doesnotexist0000000' });
    expect(leftOut.body).toMatchObject({ status: 404, code: 'not_found' });
    expect(unknown.body).toMatchObject({ status: 404, code: 'not_found' });
    expect((await create(token, org.id, { ...body, project: b.id })).status).toBe(201);
  });

  it('pages with nextCursor', async () => {
    const { owner, org, a } = await setup();
    for (const name of ['1', '2', '3'])
      await create(owner, org.id, { section: 'sites', project: a.id, name });
    const first = await h.json<Page>('GET', `/v1/orgs/${org.id}/services?limit=2`, owner.headers);
    expect(first.body.items).toHaveLength(2);
    const second = await h.json<Page>(
      'GET',
      `/v1/orgs/${org.id}/services?limit=2&cursor=${first.body.nextCursor}`,
      owner.headers,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  });

  it('R11: PATCH and DELETE with manage; audited', async () => {
    const { owner, org, a } = await setup();
    const svc = await create(owner, org.id, {
      section: 'databases',
      project: a.id,
      name: 'd',
      secret: 'one',
    });
    const patched = await h.json<Svc>(
      'PATCH',
      `/v1/orgs/${org.id}/services/${svc.body.id}`,
      owner.headers,
      {
        name: 'renamed',
        secret: 'two',
      },
    );
    expect(patched.body).toMatchObject({ name: 'renamed', secret: '********' });
    const creds = await h.json(
      'GET',
      `/v1/orgs/${org.id}/services/${svc.body.id}/credentials`,
      owner.headers,
    );
    expect(creds.body).toMatchObject({ secret: 'two' });
    expect(
      (await h.request('DELETE', `/v1/orgs/${org.id}/services/${svc.body.id}`, owner.headers))
        .status,
    ).toBe(204);
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/services/${svc.body.id}`, owner.headers)).status,
    ).toBe(404);
  });

  it('401 without a bearer, 400 for bad input, 404 for another organization', async () => {
    const { owner, org, a } = await setup();
    expect((await h.json('GET', `/v1/orgs/${org.id}/services`)).status).toBe(401);
    expect(
      (await create({ headers: {} }, org.id, { section: 'sites', project: a.id, name: 'x' }))
        .status,
    ).toBe(401);
    for (const body of [
      { section: 'nope', project: a.id, name: 'x' },
      { section: 'billing', name: 'x' },
      { section: 'sites', name: 'x' },
      { section: 'firewall', project: a.id, name: 'x' },
      { section: 'sites', project: a.id, name: 'x', secret: 'not a cred section' },
      { section: 'sites', project: a.id, name: 7 },
    ]) {
      expect((await create(owner, org.id, body)).status).toBe(400);
    }
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/services?section=nope`, owner.headers)).status,
    ).toBe(400);
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/services?limit=abc`, owner.headers)).status,
    ).toBe(400);
    expect((await h.json('GET', `/v1/orgs/${org.id}/services/svc_!!`, owner.headers)).status).toBe(
      400,
    );
    const svc = await create(owner, org.id, { section: 'sites', project: a.id, name: 'x' });
    const other: TestUser = await h.signUp();
    const otherOrg = await h.createOrg(other);
    expect((await h.json('GET', `/v1/orgs/${org.id}/services`, other.headers)).status).toBe(404);
    // Another organization's service id through one's own organization: 404 too.
    expect(
      (await h.json('GET', `/v1/orgs/${otherOrg.id}/services/${svc.body.id}`, other.headers))
        .status,
    ).toBe(404);
    const foreignProject = await create(other, otherOrg.id, {
      section: 'sites',
      project: a.id,
      name: 'x',
    });
    expect(foreignProject.body).toMatchObject({ status: 404, code: 'not_found' });
  });
});
