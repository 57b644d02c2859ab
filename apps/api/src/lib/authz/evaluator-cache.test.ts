import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpAuthzVersion } from '../../db/authz-version.js';
import { createHarness, type Harness } from '../../test/harness.js';

// Two API instances over one database, each with its own evaluator cache.
let a: Harness;
let b: Harness;
beforeAll(async () => {
  a = await createHarness();
  b = await createHarness();
});
afterAll(async () => {
  await a.close();
  await b.close();
});

describe('evaluator cache keyed by authz_version', () => {
  it('R20: a revoke committed through one instance is enforced by the other on the next request', async () => {
    const owner = await a.signUp();
    const org = await a.createOrg(owner);
    const member = await a.signUp();
    const grantId = await a.addGrant(org.id, {
      grantee: { user: member.id },
      role: 'customer_manager',
    });
    const token = await a.issueToken(member, org.id);
    // Warm both caches with the grant in place.
    for (const h of [a, b]) {
      expect(
        (await h.json('POST', `/v1/orgs/${org.id}/projects`, member.headers, { name: 'p' })).status,
      ).toBe(201);
      expect(
        (await h.json('POST', `/v1/orgs/${org.id}/projects`, token.headers, { name: 'p' })).status,
      ).toBe(201);
    }
    await a.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('grants').where('id', '=', grantId).execute();
      await bumpAuthzVersion(trx, org.id);
    });
    for (const h of [b, a]) {
      const session = await h.json('POST', `/v1/orgs/${org.id}/projects`, member.headers, {
        name: 'p',
      });
      expect(session.body).toMatchObject({ status: 403, code: 'no_grant' });
      const viaToken = await h.json('POST', `/v1/orgs/${org.id}/projects`, token.headers, {
        name: 'p',
      });
      expect(viaToken.body).toMatchObject({ status: 403, code: 'no_grant' });
    }
  });

  it('a new project reaches the other instance’s snapshot at once', async () => {
    const owner = await a.signUp();
    const org = await a.createOrg(owner);
    expect((await b.json('GET', `/v1/orgs/${org.id}/projects`, owner.headers)).status).toBe(200);
    const project = await a.createProject(owner, org.id, 'fresh');
    const member = await a.signUp();
    await a.addGrant(org.id, {
      grantee: { user: member.id },
      scope: { project: project.id },
      role: 'hosting_web',
    });
    const res = await b.json<{ projects: { id: string }[] }>(
      'GET',
      `/v1/orgs/${org.id}/projects`,
      member.headers,
    );
    expect(res.body.projects.map((p) => p.id)).toEqual([project.id]);
  });
});
