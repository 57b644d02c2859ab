import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setBalance } from '../../db/billing.js';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const setup = async () => {
  const owner = await h.signUp();
  const org = await h.createOrg(owner);
  const a = await h.createProject(owner, org.id, 'a');
  const b = await h.createProject(owner, org.id, 'b');
  await setBalance(h.db, org.id, { balanceCents: 10_000 });
  return { owner, org, a, b };
};

const grantee = async (
  orgId: string,
  grant: Omit<Parameters<Harness['addGrant']>[1], 'grantee'>,
) => {
  const user = await h.signUp();
  await h.addGrant(orgId, { grantee: { user: user.id }, ...grant });
  return user;
};

const purchase = (user: { headers: Record<string, string> }, orgId: string, body: object) =>
  h.json<Record<string, unknown>>('POST', `/v1/orgs/${orgId}/purchases`, user.headers, body);

describe('billing (R12)', () => {
  it('the balance, invoices and every service need billing ≥ read', async () => {
    const { owner, org, a } = await setup();
    await h.expectOk('POST', `/v1/orgs/${org.id}/services`, owner.headers, {
      section: 'databases',
      project: a.id,
      name: 'd',
      secret: 'x',
    });
    const bill = await h.json('GET', `/v1/orgs/${org.id}/billing`, owner.headers);
    expect(bill.body).toEqual({
      balance: 95,
      balanceCents: 9500,
      creditLimitCents: 0,
      currency: 'EUR',
      negative: false,
    });
    const invoices = await h.json<{ items: { amountCents: number }[] }>(
      'GET',
      `/v1/orgs/${org.id}/billing/invoices`,
      owner.headers,
    );
    expect(invoices.body.items.map((i) => i.amountCents)).toEqual([500]);
    const web = await grantee(org.id, { scope: { project: a.id }, role: 'hosting_web' });
    for (const path of ['billing', 'billing/invoices', 'billing/services']) {
      const res = await h.json('GET', `/v1/orgs/${org.id}/${path}`, web.headers);
      expect(res.body).toMatchObject({ status: 403, code: 'no_grant' });
    }
  });

  it('R12: billing granted in a project grant is organization-wide, and lists services of projects the member cannot otherwise see', async () => {
    const { owner, org, a, b } = await setup();
    for (const p of [a, b]) {
      await h.expectOk('POST', `/v1/orgs/${org.id}/services`, owner.headers, {
        section: 'sites',
        project: p.id,
        name: `site-${p.id}`,
      });
    }
    const accountant = await grantee(org.id, {
      scope: { project: a.id },
      levels: { billing: 'read' },
    });
    const listed = await h.json<{ items: { projectId: string; secret: unknown }[] }>(
      'GET',
      `/v1/orgs/${org.id}/billing/services`,
      accountant.headers,
    );
    expect(listed.body.items.map((s) => s.projectId).sort()).toEqual([a.id, b.id].sort());
    const visible = await h.json<{ items: unknown[] }>(
      'GET',
      `/v1/orgs/${org.id}/services`,
      accountant.headers,
    );
    expect(visible.body.items).toEqual([]);
    expect((await h.json('GET', `/v1/orgs/${org.id}/billing`, accountant.headers)).status).toBe(
      200,
    );
  });

  it('401, 400 and the foreign-organization 404', async () => {
    const { owner, org } = await setup();
    expect((await h.json('GET', `/v1/orgs/${org.id}/billing`)).status).toBe(401);
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/billing/invoices?limit=0`, owner.headers)).status,
    ).toBe(400);
    const stranger = await h.signUp();
    for (const path of ['billing', 'billing/invoices', 'billing/services']) {
      expect((await h.json('GET', `/v1/orgs/${org.id}/${path}`, stranger.headers)).status).toBe(
        404,
      );
    }
  });
});

describe('POST /v1/orgs/{org}/purchases (R13)', () => {
  it('R13: manage on domains without billing = manage is billing_required; the domain role may buy', async () => {
    const { owner, org, a } = await setup();
    const web = await grantee(org.id, { scope: { project: a.id }, role: 'hosting_web' });
    const refused = await purchase(web, org.id, {
      section: 'domains',
      project: a.id,
      name: 'acme.test',
      kind: 'register',
    });
    expect(refused.body).toMatchObject({ status: 403, code: 'billing_required' });
    const domain = await grantee(org.id, { role: 'customer_domain' });
    const bought = await purchase(domain, org.id, {
      section: 'domains',
      project: a.id,
      name: 'acme.test',
      kind: 'register',
    });
    expect(bought.status).toBe(201);
    expect(bought.body).toMatchObject({ section: 'domains', name: 'acme.test', priceCents: 1200 });
    const renewed = await purchase(domain, org.id, {
      section: 'domains',
      project: a.id,
      name: 'acme.test',
      kind: 'renew',
    });
    expect(renewed.status).toBe(200);
    const balance = await h.json('GET', `/v1/orgs/${org.id}/billing`, owner.headers);
    expect(balance.body).toMatchObject({ balanceCents: 10_000 - 2400 });
  });

  it('R13: manage on the section plus billing = manage may rent an IP; purchase on a non-inv section is refused', async () => {
    const { org, a } = await setup();
    const buyer = await grantee(org.id, { levels: { ip_addresses: 'manage', billing: 'manage' } });
    const rented = await purchase(buyer, org.id, {
      section: 'ip_addresses',
      project: a.id,
      name: '203.0.113.7',
      kind: 'rent',
    });
    expect(rented.status).toBe(201);
    expect(
      (await purchase(buyer, org.id, { section: 'sites', project: a.id, name: 'x', kind: 'rent' }))
        .status,
    ).toBe(400);
    expect(
      (
        await purchase(buyer, org.id, {
          section: 'ip_addresses',
          project: a.id,
          name: 'x',
          kind: 'register',
        })
      ).status,
    ).toBe(400);
  });

  it('R11 on purchases: insufficient_balance hides the balance from a buyer without billing read', async () => {
    const { org, a } = await setup();
    await setBalance(h.db, org.id, { balanceCents: 50 });
    const domain = await grantee(org.id, { role: 'customer_domain' });
    const res = await purchase(domain, org.id, {
      section: 'domains',
      project: a.id,
      name: 'x.test',
      kind: 'register',
    });
    expect(res.status).toBe(402);
    expect(JSON.stringify(res.body)).not.toContain('0.50');
  });

  it('401, 400, 404 for an invisible project or another organization', async () => {
    const { owner, org, a, b } = await setup();
    expect(
      (
        await purchase({ headers: {} }, org.id, {
          section: 'domains',
          project: a.id,
          name: 'x',
          kind: 'register',
        })
      ).status,
    ).toBe(401);
    expect(
      (await purchase(owner, org.id, { section: 'domains', project: a.id, kind: 'register' }))
        .status,
    ).toBe(400);
    const web = await grantee(org.id, { scope: { project: a.id }, role: 'hosting_web' });
    expect(
      (
        await purchase(web, org.id, {
          section: 'domains',
          project: b.id,
          name: 'x',
          kind: 'register',
        })
      ).status,
    ).toBe(404);
    const stranger = await h.signUp();
    expect(
      (
        await purchase(stranger, org.id, {
          section: 'domains',
          project: a.id,
          name: 'x',
          kind: 'register',
        })
      ).status,
    ).toBe(404);
  });
});
