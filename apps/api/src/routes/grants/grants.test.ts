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
