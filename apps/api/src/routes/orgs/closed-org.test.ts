import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

const logs: string[] = [];
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ deps: { log: (line) => logs.push(line) } });
});
afterAll(() => h.close());

describe('a closed organization', () => {
  it('refuses every change with 409 organization_closed, keeps reads, lets access be taken away', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const project = await h.createProject(owner, org.id, 'site');
    const admin = await h.signUp();
    const leaver = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: admin.id }, role: 'customer_admin' });
    const leaverGrant = await h.addGrant(org.id, {
      grantee: { user: leaver.id },
      scope: { project: project.id },
      role: 'hosting_web',
    });
    const email = `late-${Date.now()}@example.test`;
    const invite = await h.json('POST', `/v1/orgs/${org.id}/invitations`, owner.headers, {
      email,
      grants: [{ scope: { project: project.id }, role: 'hosting_stats' }],
    });
    expect(invite.status).toBe(201);
    const inviteToken = /mni_[0-9a-z]{40}/.exec(logs.find((l) => l.includes(email)) ?? '')?.[0];
    await h.expectOk('POST', `/v1/orgs/${org.id}/billing/payments`, owner.headers, {
      amountCents: 1000,
    });
    const site = await h.expectOk<{ id: string }>(
      'POST',
      `/v1/orgs/${org.id}/services`,
      owner.headers,
      {
        section: 'sites',
        project: project.id,
        name: 'shop',
      },
    );
    expect((await h.json('POST', `/v1/orgs/${org.id}/close`, owner.headers)).status).toBe(200);

    const refused = [
      ['POST', 'projects', owner, { name: 'another' }],
      ['POST', 'servers', admin, { name: 'srv' }],
      ['POST', 'teams', admin, { name: 'ops' }],
      [
        'POST',
        'services',
        admin,
        { section: 'databases', project: project.id, name: 'db', secret: 's' },
      ],
      [
        'POST',
        'grants',
        owner,
        { grantee: { user: admin.id }, scope: { project: project.id }, role: 'hosting_mail' },
      ],
      [
        'POST',
        'invitations',
        owner,
        { email: 'x@example.test', grants: [{ role: 'customer_manager' }] },
      ],
      ['POST', 'tokens', admin, { name: 'ci', expiresInDays: 30 }],
      ['PUT', 'company', owner, { legalName: 'Acme', address: 'Paris', vatNumber: 'FR1' }],
    ] as const;
    // A closed organization's services stay as they are: not deleted either.
    const removeSite = await h.json(
      'DELETE',
      `/v1/orgs/${org.id}/services/${site.id}`,
      owner.headers,
    );
    expect(removeSite.body).toMatchObject({ status: 409, code: 'organization_closed' });
    for (const [method, path, who, body] of refused) {
      const res = await h.json(method, `/v1/orgs/${org.id}/${path}`, who.headers, body);
      expect({ path, status: res.status, body: res.body }).toMatchObject({
        path,
        status: 409,
        body: { code: 'organization_closed' },
      });
    }

    // Reads, decisions and what-ifs still answer.
    expect((await h.json('GET', `/v1/orgs/${org.id}/projects`, admin.headers)).status).toBe(200);
    expect((await h.json('GET', `/v1/orgs/${org.id}/audit`, owner.headers)).status).toBe(200);
    const batch = await h.json('POST', `/v1/orgs/${org.id}/check:batch`, admin.headers, {
      checks: [{ action: 'view', section: 'sites', project: project.id }],
    });
    expect(batch.status).toBe(200);

    // Taking access away still works: a grant deleted, a member renouncing (R32).
    expect(
      (await h.json('DELETE', `/v1/orgs/${org.id}/grants/${leaverGrant}`, owner.headers)).status,
    ).toBe(200);
    expect((await h.json('POST', `/v1/orgs/${org.id}/me/renounce`, admin.headers)).status).toBe(
      200,
    );

    // A pending invitation cannot bring anyone in any more (R33).
    const invited = await h.signUp();
    const accept = await h.json('POST', `/v1/invitations/${inviteToken}/accept`, invited.headers);
    expect(accept.body).toMatchObject({ status: 409, code: 'organization_closed' });
  });
});
