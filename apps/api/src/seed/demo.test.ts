import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, migrateToLatest } from '../db/database.js';
import { currentTotp } from '../lib/auth/totp.js';
import { bearer, createHarness, type Harness } from '../test/harness.js';
import { demoAgentCode, demoLogins, isEmpty, seedDemo } from './demo.js';

const login = (role: string) => {
  const found = demoLogins.find((l) => l.role.startsWith(role));
  if (!found) throw new Error(`no demo login ${role}`);
  return found;
};

/** The demo works end to end: members, MFA grant, token, billing, support agent. */
const exercise = async (h: Harness) => {
  const { orgId } = await seedDemo(h.db);
  const owner = await h.signIn(login('Owner'));
  const services = await h.json<{ items: unknown[] }>(
    'GET',
    `/v1/orgs/${orgId}/services?limit=200`,
    owner.headers,
  );
  expect(services.body.items.length).toBeGreaterThanOrEqual(10);
  const approvals = await h.json<{ items: { status: string }[] }>(
    'GET',
    `/v1/orgs/${orgId}/approvals`,
    owner.headers,
  );
  expect(approvals.body.items.map((a) => a.status)).toEqual(['pending']);
  expect((await h.json('GET', `/v1/orgs/${orgId}/billing`, owner.headers)).body).toMatchObject({
    balanceCents: 25_000,
  });

  // R7: the read-only DBA sees databases only after the second factor.
  const dbaLogin = login('Read-only');
  const secret = /TOTP secret ([A-Z2-7]+)/.exec(dbaLogin.note ?? '')?.[1] ?? '';
  const dba = await h.signIn(dbaLogin, secret);
  const dbs = await h.json<{ items: { section: string }[] }>(
    'GET',
    `/v1/orgs/${orgId}/services?section=databases`,
    dba.headers,
  );
  expect(dbs.body.items).toHaveLength(2);

  const token = /API token: (mnd_[0-9a-z]+)/.exec(login('Customer admin').note ?? '')?.[1] ?? '';
  expect((await h.json('GET', `/v1/orgs/${orgId}/services`, bearer(token))).status).toBe(200);

  const web = await h.signIn(login('Hosting web'));
  const webList = await h.json<{ items: { name: string }[] }>(
    'GET',
    `/v1/orgs/${orgId}/services`,
    web.headers,
  );
  expect(webList.body.items.map((s) => s.name).sort()).toEqual([
    'acme.test',
    'deploy',
    'www.acme.test',
  ]);

  const agent = login('Support agent');
  const session = await h.expectOk<{ sessionToken: string }>(
    'POST',
    '/v1/support/auth/signin',
    {},
    {
      email: agent.email,
      password: agent.password,
      code: demoAgentCode(),
    },
  );
  const found = await h.json<{ organizations: { id: string }[] }>(
    'GET',
    `/v1/support/requesters?email=${encodeURIComponent(dbaLogin.email)}`,
    bearer(session.sessionToken),
  );
  expect(found.body.organizations.map((o) => o.id)).toEqual([orgId]);
  expect(currentTotp(secret)).toMatch(/^\d{6}$/);
};

describe('demo seed', () => {
  let pg: Harness | undefined;
  let lite: Harness | undefined;
  afterAll(async () => {
    await pg?.close();
    await lite?.close();
  });

  it('seeds and works on PGlite (as `pnpm start` runs it)', async () => {
    const db = createDatabase({ kind: 'pglite' });
    await migrateToLatest(db);
    expect(await isEmpty(db)).toBe(true);
    lite = await createHarness({ db });
    await exercise(lite);
    expect(await isEmpty(db)).toBe(false);
  }, 120_000);

  it('seeds and works on PostgreSQL', async () => {
    pg = await createHarness();
    await exercise(pg);
  }, 60_000);
});
