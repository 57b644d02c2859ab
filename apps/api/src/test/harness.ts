import { inject } from 'vitest';
import { createApp } from '../app.js';
import type { App, AppDeps } from '../context.js';
import { bumpAuthzVersion } from '../db/authz-version.js';
import { createDatabase, type Db } from '../db/database.js';
import { toJson } from '../db/json.js';
import type { TokenCapJson } from '../db/schema.js';
import { insertToken } from '../db/tokens.js';
import { newApiTokenSecret } from '../lib/auth/api-token.js';
import { createLimiters } from '../lib/auth/rate-limit.js';
import { currentTotp } from '../lib/auth/totp.js';
import { newId, randomText } from '../lib/ids.js';

export type Headers = Record<string, string>;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** `Authorization: Bearer <session>` (+ JSON content type) */
  headers: Headers;
  sessionToken: string;
}

export interface GrantInput {
  grantee: { user: string } | { team: string };
  scope?: { org: true } | { project: string } | { server: string };
  role?: string;
  levels?: Record<string, 'none' | 'read' | 'manage'>;
  requireMfa?: boolean;
  expiresAt?: Date;
}

export const bearer = (token: string): Headers => ({
  authorization: `Bearer ${token}`,
  'content-type': 'application/json',
});

/** A unique e-mail: test files run in parallel against one database. */
export const uniqueEmail = (tag = 'user') => `${tag}-${randomText(10)}@example.test`;

/**
 * Everything a route test needs: an app on the run's PostgreSQL database (see global-setup),
 * and helpers that go through the public API where it exists and through query modules where
 * the route belongs to a later phase (grants, tokens).
 *
 * @example const h = await createHarness(); afterAll(() => h.close());
 *   const owner = await h.signUp(); const org = await h.createOrg(owner);
 *   const res = await h.request('GET', `/v1/orgs/${org.id}`, owner.headers);
 */
export const createHarness = async (options: { deps?: Partial<AppDeps>; db?: Db } = {}) => {
  const db = options.db ?? createDatabase({ kind: 'postgres', url: inject('databaseUrl'), max: 4 });
  const app: App = createApp({ db, limiters: createLimiters(), ...options.deps });

  const request = (method: string, path: string, headers: Headers = {}, body?: unknown) =>
    app.request(path, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });

  const json = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    headers: Headers = {},
    body?: unknown,
  ): Promise<{ status: number; body: T; response: Response }> => {
    const response = await request(method, path, headers, body);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T, response };
  };

  const expectOk = async <T>(method: string, path: string, headers: Headers, body?: unknown) => {
    const res = await json<T>(method, path, headers, body);
    if (res.status >= 300) {
      throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body;
  };

  const signUp = async (input: { email?: string; name?: string } = {}): Promise<TestUser> => {
    const email = input.email ?? uniqueEmail();
    const password = `pw-${randomText(16)}`;
    const body = await expectOk<{ sessionToken: string; userId: string }>(
      'POST',
      '/v1/auth/signup',
      {},
      {
        email,
        password,
        name: input.name ?? 'Test User',
      },
    );
    return {
      id: body.userId,
      email,
      password,
      sessionToken: body.sessionToken,
      headers: bearer(body.sessionToken),
    };
  };

  /** Signs in again; with `totpSecret`, finishes the second step so the session has MFA. */
  const signIn = async (user: { email: string; password: string }, totpSecret?: string) => {
    const body = await expectOk<{ sessionToken: string }>(
      'POST',
      '/v1/auth/signin',
      {},
      {
        email: user.email,
        password: user.password,
      },
    );
    const headers = bearer(body.sessionToken);
    if (totpSecret) {
      await expectOk('POST', '/v1/auth/totp/verify', headers, { code: currentTotp(totpSecret) });
    }
    return { sessionToken: body.sessionToken, headers };
  };

  /** Enrols TOTP for the user (its current session becomes MFA); returns the secret and codes. */
  const enrollMfa = async (user: TestUser) => {
    const { secret } = await expectOk<{ secret: string }>(
      'POST',
      '/v1/me/mfa/enroll',
      user.headers,
    );
    const { recoveryCodes } = await expectOk<{ recoveryCodes: string[] }>(
      'POST',
      '/v1/me/mfa/confirm',
      user.headers,
      { code: currentTotp(secret) },
    );
    return { secret, recoveryCodes };
  };

  const createOrg = (owner: TestUser, name = 'Acme') =>
    expectOk<{ id: string; name: string; authzVersion: number }>(
      'POST',
      '/v1/orgs',
      owner.headers,
      {
        name,
      },
    );

  /** A team made through the API, with `members` added one by one. */
  const createTeam = async (
    owner: { headers: Headers },
    orgId: string,
    name: string,
    members: string[] = [],
  ) => {
    const team = await expectOk<{ id: string }>('POST', `/v1/orgs/${orgId}/teams`, owner.headers, {
      name,
    });
    for (const user of members) {
      await expectOk('PUT', `/v1/orgs/${orgId}/teams/${team.id}/members/${user}`, owner.headers);
    }
    return team;
  };

  const createProject = (
    user: { headers: Headers },
    orgId: string,
    name = 'www',
    serverId?: string,
  ) =>
    expectOk<{ id: string }>('POST', `/v1/orgs/${orgId}/projects`, user.headers, {
      name,
      ...(serverId ? { serverId } : {}),
    });

  const createServer = (user: { headers: Headers }, orgId: string, name = 'dedi-1') =>
    expectOk<{ id: string }>('POST', `/v1/orgs/${orgId}/servers`, user.headers, { name });

  /** Adds a member with one grant, straight through the database (grant routes come later). */
  const addGrant = async (orgId: string, grant: GrantInput): Promise<string> => {
    const id = newId('grt');
    const scope = grant.scope ?? { org: true };
    await db.transaction().execute(async (trx) => {
      if ('user' in grant.grantee) {
        await trx
          .insertInto('memberships')
          .values({ org_id: orgId, user_id: grant.grantee.user })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      await trx
        .insertInto('grants')
        .values({
          id,
          org_id: orgId,
          grantee_user_id: 'user' in grant.grantee ? grant.grantee.user : null,
          grantee_team_id: 'team' in grant.grantee ? grant.grantee.team : null,
          scope_kind: 'org' in scope ? 'org' : 'project' in scope ? 'project' : 'server',
          project_id: 'project' in scope ? scope.project : null,
          server_id: 'server' in scope ? scope.server : null,
          role: grant.role ?? null,
          levels: grant.levels ? toJson(grant.levels) : null,
          require_mfa: grant.requireMfa ?? false,
          expires_at: grant.expiresAt ?? null,
        })
        .execute();
      await bumpAuthzVersion(trx, orgId);
    });
    return id;
  };

  /** Issues an API token straight through the database (token routes come later). */
  const issueToken = async (
    user: { id: string },
    orgId: string,
    options: { cap?: TokenCapJson; mfa?: boolean; expiresAt?: Date | null } = {},
  ) => {
    const { secret, prefix, hash } = newApiTokenSecret();
    const id = newId('tok');
    await db.transaction().execute(async (trx) => {
      await insertToken(trx, {
        id,
        prefix,
        secretHash: hash,
        userId: user.id,
        orgId,
        name: 'test',
        cap: options.cap ?? null,
        issuedWithMfa: options.mfa ?? false,
        expiresAt:
          options.expiresAt === undefined
            ? new Date(Date.now() + 90 * 86_400_000)
            : options.expiresAt,
      });
      await bumpAuthzVersion(trx, orgId);
    });
    return { id, secret, headers: bearer(secret) };
  };

  return {
    app,
    db,
    request,
    json,
    expectOk,
    signUp,
    signIn,
    enrollMfa,
    createOrg,
    createProject,
    createTeam,
    createServer,
    addGrant,
    issueToken,
    close: () => db.destroy(),
  };
};

export type Harness = Awaited<ReturnType<typeof createHarness>>;
