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
  it('R12: the balance, invoices and every service need billing ≥ read', async () => {
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

describe('payments (SPEC §2 billing: balance, invoices, payments)', () => {
  it('R11: a billing manager adds funds, and a purchase that was short then goes through', async () => {
    const { org, a } = await setup();
    await setBalance(h.db, org.id, { balanceCents: 50 });
    const buyer = await grantee(org.id, { role: 'customer_domain' });
    const register = { section: 'domains', project: a.id, name: 'shop.test', kind: 'register' };
    expect((await purchase(buyer, org.id, register)).body).toMatchObject({
      code: 'insufficient_balance',
    });
    const manager = await grantee(org.id, { role: 'customer_manager' });
    const paid = await h.json<{
      payment: { id: string; amountCents: number };
      balanceCents: number;
    }>('POST', `/v1/orgs/${org.id}/billing/payments`, manager.headers, { amountCents: 5000 });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ payment: { amountCents: 5000 }, balanceCents: 5050 });
    expect((await purchase(buyer, org.id, register)).status).toBe(201);

    const list = await h.json<{ items: { id: string; paidBy: string }[] }>(
      'GET',
      `/v1/orgs/${org.id}/billing/payments`,
      manager.headers,
    );
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: paid.body.payment.id, paidBy: manager.id }),
    ]);
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('org_id', '=', org.id)
      .where('action', '=', 'billing.payment')
      .execute();
    expect(audit).toEqual([{ action: 'billing.payment', actor_user_id: manager.id }]);
  });

  it('R12: billing read lists payments but cannot pay (level_too_low); no billing sees nothing', async () => {
    const { owner, org, a } = await setup();
    await h.expectOk('POST', `/v1/orgs/${org.id}/billing/payments`, owner.headers, {
      amountCents: 1000,
    });
    const reader = await grantee(org.id, { levels: { billing: 'read' } });
    const web = await grantee(org.id, { scope: { project: a.id }, role: 'hosting_web' });
    const url = `/v1/orgs/${org.id}/billing/payments`;
    const seen = await h.json<{ items: unknown[] }>('GET', url, reader.headers);
    expect(seen.body.items).toHaveLength(1);
    expect((await h.json('POST', url, reader.headers, { amountCents: 1000 })).body).toMatchObject({
      status: 403,
      code: 'level_too_low',
    });
    expect((await h.json('GET', url, web.headers)).body).toMatchObject({ code: 'no_grant' });
    expect((await h.json('POST', url, web.headers, { amountCents: 1000 })).body).toMatchObject({
      code: 'no_grant',
    });
  });

  it('bad amounts are 400 with the field named, and change nothing', async () => {
    const { owner, org } = await setup();
    const url = `/v1/orgs/${org.id}/billing/payments`;
    for (const amountCents of [0, -500, 12.5, '1000', 10_000_001, null]) {
      const res = await h.json<{ errors: { path: string }[] }>('POST', url, owner.headers, {
        amountCents,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e) => e.path)).toContain('body.amountCents');
    }
    const bill = await h.json<{ balanceCents: number }>(
      'GET',
      `/v1/orgs/${org.id}/billing`,
      owner.headers,
    );
    expect(bill.body.balanceCents).toBe(10_000);
  });

  it('pages newest first with a stable cursor', async () => {
    const { owner, org } = await setup();
    const url = `/v1/orgs/${org.id}/billing/payments`;
    for (const amountCents of [100, 200, 300]) {
      await h.expectOk('POST', url, owner.headers, { amountCents });
    }
    const first = await h.json<{ items: { amountCents: number }[]; nextCursor: string }>(
      'GET',
      `${url}?limit=2`,
      owner.headers,
    );
    expect(first.body.items.map((p) => p.amountCents)).toEqual([300, 200]);
    const second = await h.json<{ items: { amountCents: number }[]; nextCursor: null }>(
      'GET',
      `${url}?limit=2&cursor=${first.body.nextCursor}`,
      owner.headers,
    );
    expect(second.body).toMatchObject({ items: [{ amountCents: 100 }], nextCursor: null });
  });
});
