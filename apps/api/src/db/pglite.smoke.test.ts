import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.js';
import { createDatabase, migrateToLatest } from './database.js';

// The same migrations and a few flows on embedded PGlite (in memory), as `pnpm start` uses it.
let h: Harness;
beforeAll(async () => {
  const db = createDatabase({ kind: 'pglite' });
  await migrateToLatest(db);
  h = await createHarness({ db });
});
afterAll(() => h.close());

describe('PGlite smoke', () => {
  it('signs up, creates an organization, a server and a project, and lists them', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const server = await h.createServer(owner, org.id);
    await h.createProject(owner, org.id, 'www', server.id);
    const list = await h.json<{ projects: { serverId: string }[] }>(
      'GET',
      `/v1/orgs/${org.id}/projects`,
      owner.headers,
    );
    expect(list.body.projects).toEqual([expect.objectContaining({ serverId: server.id })]);
  });

  it('decides through the evaluator for members and tokens (R15, R20)', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const member = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: member.id }, role: 'customer_manager' });
    const token = await h.issueToken(member, org.id);
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/servers`, token.headers, { name: 's' })).status,
    ).toBe(201);
    const stranger = await h.signUp();
    expect((await h.json('GET', `/v1/orgs/${org.id}`, stranger.headers)).status).toBe(404);
  });

  it('MFA enrolment and recovery codes work on PGlite too', async () => {
    const user = await h.signUp();
    const { recoveryCodes } = await h.enrollMfa(user);
    const signIn = await h.json(
      'POST',
      '/v1/auth/signin',
      {},
      { email: user.email, password: user.password },
    );
    const res = await h.json(
      'POST',
      '/v1/auth/totp/verify',
      { authorization: `Bearer ${String(signIn.body.sessionToken)}` },
      { code: recoveryCodes[3] },
    );
    expect(res.status).toBe(200);
  });

  it('R34: the audit log is append-only on PGlite', async () => {
    await expect(h.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });
});
