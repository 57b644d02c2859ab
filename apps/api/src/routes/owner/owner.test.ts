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
  const admin = await h.signUp();
  await h.addGrant(org.id, { grantee: { user: admin.id }, role: 'customer_admin' });
  const ownerToken = await h.issueToken(owner, org.id);
  return { owner, org, admin, ownerToken };
};

const company = { legalName: 'Acme SAS', address: '1 rue de la Paix, Paris', vatNumber: 'FR123' };

describe('owner-only routes (R14)', () => {
  it('R14: company details — the owner reads and writes; a customer admin gets owner_only; the owner’s token session_required', async () => {
    const { owner, org, admin, ownerToken } = await setup();
    const url = `/v1/orgs/${org.id}/company`;
    expect((await h.json('PUT', url, owner.headers, company)).body).toEqual(company);
    expect((await h.json('GET', url, owner.headers)).body).toEqual(company);
    expect((await h.json('GET', url, admin.headers)).body).toMatchObject({
      status: 403,
      code: 'owner_only',
    });
    expect((await h.json('PUT', url, ownerToken.headers, company)).body).toMatchObject({
      status: 403,
      code: 'session_required',
    });
    expect((await h.json('PUT', url, owner.headers, { legalName: 3 })).status).toBe(400);
  });

  it('R34: the authorization log lists changes with actor, before and after; filters and pages', async () => {
    const { owner, org, admin } = await setup();
    const member = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: member.id }, levels: { sites: 'read' } });
    const g = await h.expectOk<{ grant: { id: string } }>(
      'POST',
      `/v1/orgs/${org.id}/grants`,
      admin.headers,
      {
        grantee: { user: member.id },
        levels: { sites: 'manage' },
      },
    );
    const page = await h.json<{
      items: { action: string; actorId: string; before: unknown; after: unknown }[];
      nextCursor: string | null;
    }>('GET', `/v1/orgs/${org.id}/audit?actor=${admin.id}`, owner.headers);
    expect(page.body.items[0]).toMatchObject({
      action: 'grant.replace',
      actorId: admin.id,
      before: { levels: { sites: 'read' } },
      after: { id: g.grant.id, levels: { sites: 'manage' } },
    });
    const first = await h.json<{ items: unknown[]; nextCursor: string }>(
      'GET',
      `/v1/orgs/${org.id}/audit?limit=1`,
      owner.headers,
    );
    expect(first.body.items).toHaveLength(1);
    const second = await h.json<{ items: unknown[] }>(
      'GET',
      `/v1/orgs/${org.id}/audit?limit=1&cursor=${first.body.nextCursor}`,
      owner.headers,
    );
    expect(second.body.items).not.toEqual(first.body.items);
    expect((await h.json('GET', `/v1/orgs/${org.id}/audit`, admin.headers)).body).toMatchObject({
      code: 'owner_only',
    });
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/audit?from=yesterday`, owner.headers)).status,
    ).toBe(400);
  });

  it('R14 R22: close — owner only, revokes every token, once', async () => {
    const { owner, org, admin, ownerToken } = await setup();
    const adminToken = await h.issueToken(admin, org.id);
    expect((await h.json('POST', `/v1/orgs/${org.id}/close`, admin.headers)).body).toMatchObject({
      code: 'owner_only',
    });
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/close`, ownerToken.headers)).body,
    ).toMatchObject({ code: 'session_required' });
    const res = await h.json<{ closedAt: string | null }>(
      'POST',
      `/v1/orgs/${org.id}/close`,
      owner.headers,
    );
    expect(res.status).toBe(200);
    expect(res.body.closedAt).not.toBeNull();
    expect((await h.json('GET', `/v1/orgs/${org.id}`, adminToken.headers)).status).toBe(401);
    expect((await h.json('POST', `/v1/orgs/${org.id}/close`, owner.headers)).status).toBe(409);
  });

  it('401 and foreign 404', async () => {
    const { org } = await setup();
    const stranger = await h.signUp();
    for (const [method, path] of [
      ['GET', 'company'],
      ['PUT', 'company'],
      ['POST', 'close'],
      ['GET', 'audit'],
    ] as const) {
      const body = method === 'PUT' ? company : undefined;
      expect((await h.json(method, `/v1/orgs/${org.id}/${path}`, {}, body)).status).toBe(401);
      expect(
        (await h.json(method, `/v1/orgs/${org.id}/${path}`, stranger.headers, body)).status,
      ).toBe(404);
    }
  });
});
