import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMandateError, MandateError } from './errors.js';
import { startApi, type TestApi } from './test/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

// The job a third party automates end to end, through the SDK only.
describe('organization → invitation → grant', () => {
  it('invites a person with grants; on accepting they hold them', async () => {
    const owner = await api.signUp('Owner');
    const { mandate } = owner;
    const org = await mandate.unwrap(mandate.POST('/v1/orgs', { body: { name: 'Acme' } }));
    const project = await mandate.unwrap(
      mandate.POST('/v1/orgs/{org}/projects', {
        params: { path: { org: org.id } },
        body: { name: 'www' },
      }),
    );

    const dev = await api.signUp('Dev');
    const invitation = await mandate.inviteUser(org.id, {
      email: dev.email,
      grants: [{ scope: { project: project.id }, levels: { databases: 'read', sites: 'manage' } }],
    });
    expect(invitation).toMatchObject({ email: dev.email, state: 'pending' });
    // R10: read on a credentials section shows passwords, so the owner is warned.
    expect(invitation.credentialsWarning).toBe(true);

    const token = api.invitationToken(dev.email);
    const accepted = await dev.mandate.unwrap(
      dev.mandate.POST('/v1/invitations/{token}/accept', { params: { path: { token } } }),
    );
    expect(accepted.orgId).toBe(org.id);

    const permissions = await mandate.unwrap(
      mandate.GET('/v1/orgs/{org}/grants', {
        params: { path: { org: org.id }, query: { grantee: dev.id } },
      }),
    );
    expect(permissions.items).toEqual([
      expect.objectContaining({
        scope: { project: project.id },
        levels: { databases: 'read', sites: 'manage' },
      }),
    ]);
  });
});

describe('organization → invite → grant → narrowed token → check → revoke', () => {
  it('the token acts within its cap and its user, shrinks with the user, dies on revocation', async () => {
    const owner = await api.signUp('Owner');
    const { mandate } = owner;
    const org = (await mandate.unwrap(mandate.POST('/v1/orgs', { body: { name: 'Acme' } }))).id;
    const newProject = async (name: string) =>
      (
        await mandate.unwrap(
          mandate.POST('/v1/orgs/{org}/projects', { params: { path: { org } }, body: { name } }),
        )
      ).id;
    const shop = await newProject('shop');
    const blog = await newProject('blog');

    // Invite with one grant, accept, then a second grant on another project.
    const dev = await api.signUp('Dev');
    await mandate.inviteUser(org, {
      email: dev.email,
      grants: [{ scope: { project: shop }, levels: { sites: 'manage', databases: 'read' } }],
    });
    const token = api.invitationToken(dev.email);
    await dev.mandate.unwrap(
      dev.mandate.POST('/v1/invitations/{token}/accept', { params: { path: { token } } }),
    );
    await mandate.unwrap(
      mandate.POST('/v1/orgs/{org}/grants', {
        params: { path: { org } },
        body: { grantee: { user: dev.id }, scope: { project: blog }, role: 'hosting_web' },
      }),
    );
    expect(
      (await dev.mandate.check(org, { action: 'update', section: 'sites', project: blog })).allowed,
    ).toBe(true);

    // A token narrowed to sites on the shop project.
    const issued = await dev.mandate.issueToken(org, {
      name: 'deploy',
      expiresInDays: 7,
      cap: { levels: { sites: 'manage' }, projects: [shop] },
    });
    expect(issued.secret).toMatch(/^mnd_/);
    expect(issued.token).toMatchObject({ name: 'deploy', cap: { projects: [shop] } });
    const ci = api.client({ token: issued.secret });

    const access = await ci.tokenAccess();
    expect(access.token.id).toBe(issued.token.id);
    expect(Object.keys(access.effective.projects)).toEqual([shop]);
    expect(access.effective.projects[shop]?.sites?.level).toBe('manage');
    expect(access.effective.projects[shop]?.databases).toBeUndefined();

    const editShop = { action: 'update', section: 'sites', project: shop };
    expect(await ci.check(org, editShop)).toMatchObject({ allowed: true, level: 'manage' });
    const [shopSites, blogSites, shopDatabases] = await ci.checkBatch(org, [
      editShop,
      { action: 'update', section: 'sites', project: blog },
      { action: 'view', section: 'databases', project: shop },
    ]);
    expect(shopSites?.allowed).toBe(true);
    expect(blogSites).toMatchObject({ allowed: false, reason: 'token_cap' });
    expect(shopDatabases).toMatchObject({ allowed: false, reason: 'token_cap' });

    // R20: the owner lowers the user's grant; the token follows at once.
    const [shopGrant] = (
      await mandate.unwrap(
        mandate.GET('/v1/orgs/{org}/grants', {
          params: { path: { org }, query: { grantee: dev.id, scope: shop } },
        }),
      )
    ).items;
    await mandate.unwrap(
      mandate.PUT('/v1/orgs/{org}/grants/{id}', {
        params: {
          path: { org, id: shopGrant!.id },
          header: { 'if-match': String(shopGrant!.rowVersion) },
        },
        body: { levels: { sites: 'read' } },
      }),
    );
    expect(await ci.check(org, editShop)).toMatchObject({ allowed: false, level: 'read' });
    expect((await ci.check(org, { ...editShop, action: 'view' })).allowed).toBe(true);

    // Revoked: the next check with it is refused.
    const revoked = await dev.mandate.revokeToken(org, issued.token.id);
    expect(revoked.receipt.authzVersion).toBeGreaterThan(0);
    const error = await ci.check(org, { ...editShop, action: 'view' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MandateError);
    expect(isMandateError(error, 'token_revoked')).toBe(true);
    expect((error as MandateError).status).toBe(401);
  });

  it('tokenAccess with a session is a 400; revoking an unknown token is a 404', async () => {
    const owner = await api.signUp();
    const { mandate } = owner;
    const org = (await mandate.unwrap(mandate.POST('/v1/orgs', { body: { name: 'A' } }))).id;
    await expect(mandate.tokenAccess()).rejects.toMatchObject({ status: 400 });
    await expect(mandate.revokeToken(org, 'tok_doesnotexist000000')).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});
