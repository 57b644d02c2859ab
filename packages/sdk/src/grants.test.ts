import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MandateError } from './errors.js';
import { startApi, type TestApi } from './test/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

/** An owner with an organization and one project. */
const ownerWithProject = async () => {
  const owner = await api.signUp('Owner');
  const { mandate } = owner;
  const org = await mandate.unwrap(mandate.POST('/v1/orgs', { body: { name: 'Acme' } }));
  const project = await mandate.unwrap(
    mandate.POST('/v1/orgs/{org}/projects', {
      params: { path: { org: org.id } },
      body: { name: 'www' },
    }),
  );
  return { owner, mandate, org: org.id, project: project.id };
};

/** A user who is already a member (billing read), seeded through the API's harness. */
const member = async (org: string, name = 'Member') => {
  const user = await api.signUp(name);
  await api.harness.addGrant(org, { grantee: { user: user.id }, levels: { billing: 'read' } });
  return user;
};

const rejection = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('expected a MandateError');
    },
    (error: unknown) => {
      if (!(error instanceof MandateError)) throw error;
      return error;
    },
  );

describe('previewGrant', () => {
  it('shows what the grantee would get, saves nothing', async () => {
    const { mandate, org, project } = await ownerWithProject();
    const { id } = await member(org);
    const preview = await mandate.previewGrant(org, {
      grantee: { user: id },
      scope: { project },
      levels: { databases: 'read' },
    });
    expect(preview.decision.allowed).toBe(true);
    expect(preview.before.projects[project]).toBeUndefined();
    expect(preview.after.projects[project]?.databases).toMatchObject({
      level: 'read',
      credentialsVisible: true,
    });
    const grants = await mandate.unwrap(
      mandate.GET('/v1/orgs/{org}/grants', {
        params: { path: { org }, query: { scope: project } },
      }),
    );
    expect(grants.items).toEqual([]);
  });

  it('400 with field errors for an invalid body', async () => {
    const { mandate, org } = await ownerWithProject();
    const error = await rejection(
      // @ts-expect-error: the grantee is required
      mandate.previewGrant(org, { levels: { databases: 'read' } }),
    );
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(error.errors.map((e) => e.path)).toContain('body.grantee');
  });
});

describe('grants through the typed client', () => {
  it('paginate() follows nextCursor over every page', async () => {
    const { mandate, org, project } = await ownerWithProject();
    const members = await Promise.all([1, 2, 3].map((n) => member(org, `Member ${n}`)));
    for (const member of members) {
      await mandate.unwrap(
        mandate.POST('/v1/orgs/{org}/grants', {
          params: { path: { org } },
          body: { grantee: { user: member.id }, scope: { project }, role: 'hosting_web' },
        }),
      );
    }
    const seen: string[] = [];
    for await (const grant of mandate.paginate('/v1/orgs/{org}/grants', {
      params: { path: { org }, query: { scope: project, limit: 1 } },
    })) {
      expect(grant.role).toBe('hosting_web');
      if ('user' in grant.grantee) seen.push(grant.grantee.user);
    }
    expect(seen.sort()).toEqual(members.map((m) => m.id).sort());
  });

  it('412 stale_edit for an outdated If-Match, 428 without it', async () => {
    const { mandate, org, project } = await ownerWithProject();
    const grantee = await member(org);
    const created = await mandate.unwrap(
      mandate.POST('/v1/orgs/{org}/grants', {
        params: { path: { org } },
        body: { grantee: { user: grantee.id }, scope: { project }, levels: { sites: 'read' } },
      }),
    );
    const path = { org, id: created.grant.id };
    const version = String(created.grant.rowVersion);
    const updated = await mandate.unwrap(
      mandate.PUT('/v1/orgs/{org}/grants/{id}', {
        params: { path, header: { 'if-match': version } },
        body: { levels: { sites: 'manage' } },
      }),
    );
    expect(updated.grant.rowVersion).not.toBe(created.grant.rowVersion);

    const stale = await rejection(
      mandate.unwrap(
        mandate.PUT('/v1/orgs/{org}/grants/{id}', {
          params: { path, header: { 'if-match': version } },
          body: { levels: { sites: 'read' } },
        }),
      ),
    );
    expect(stale).toMatchObject({ status: 412, code: 'stale_edit' });

    const missing = await rejection(
      mandate.unwrap(
        mandate.PUT('/v1/orgs/{org}/grants/{id}', {
          params: { path },
          body: { levels: { sites: 'read' } },
        }),
      ),
    );
    expect(missing).toMatchObject({ status: 428, code: 'precondition_required' });
  });
});
