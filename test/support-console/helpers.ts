import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OrgSnapshot } from '@mandate/core';
import { createMandateClient, type MandateClient } from '@mandate/sdk';
import type { Page } from '@playwright/test';
import { expect, password, totp, uniqueEmail, urls } from '../fixtures.js';

// Helpers of the support console's flows. Support agents are provider staff: no public API
// creates them, so a test creates one the way the API's own seed does — with the API's
// modules, on the end-to-end database global-setup made.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const apiModule = async <T>(rel: string): Promise<T> =>
  (await import(pathToFileURL(join(root, 'apps/api/dist', rel)).href)) as T;

/** The end-to-end database's URL (global-setup puts its name in E2E_DATABASE). */
export const e2eDatabaseUrl = (): string => {
  const name = process.env.E2E_DATABASE;
  if (!name) throw new Error('E2E_DATABASE is not set: did global-setup.ts run?');
  const url = new URL(
    process.env.E2E_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  url.pathname = `/${name}`;
  return url.toString();
};

interface Db {
  destroy(): Promise<void>;
}

/** Runs `fn` with a Kysely database of the API's own making, then closes it. */
export async function withApiDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const { createDatabase } = await apiModule<{
    createDatabase(c: { kind: 'postgres'; url: string; max?: number }): Db;
  }>('db/database.js');
  const db = createDatabase({ kind: 'postgres', url: e2eDatabaseUrl(), max: 1 });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

export interface Agent {
  id: string;
  email: string;
  name: string;
  password: string;
  /** base32 TOTP secret: `totp(agent.secret)` is the current code. */
  secret: string;
}

/** A new support agent with password and TOTP, stored with the API's own functions. */
export async function createAgent(name = 'Sam Support'): Promise<Agent> {
  const [{ insertSupportAgent }, { hashPassword }, { newTotpSecret }] = await Promise.all([
    apiModule<{ insertSupportAgent(db: Db, a: object): Promise<void> }>('db/support-agents.js'),
    apiModule<{ hashPassword(p: string): Promise<string> }>('lib/auth/password.js'),
    apiModule<{ newTotpSecret(label: string): { secret: string } }>('lib/auth/totp.js'),
  ]);
  const suffix = randomBytes(4).toString('hex');
  const agent: Agent = {
    id: `agt_e2e${suffix}`,
    email: `agent-${suffix}@support.e2e.example.test`,
    name,
    password: `agent password ${suffix}`,
    secret: newTotpSecret('e2e').secret,
  };
  const passwordHash = await hashPassword(agent.password);
  await withApiDb((db) =>
    insertSupportAgent(db, {
      id: agent.id,
      email: agent.email,
      name: agent.name,
      passwordHash,
      totpSecret: agent.secret,
    }),
  );
  return agent;
}

/** The organization's snapshot exactly as the API's evaluator loads it. */
export async function loadSnapshot(org: { id: string; ownerId: string }): Promise<OrgSnapshot> {
  const { loadOrgSnapshot } = await apiModule<{
    loadOrgSnapshot(db: Db, org: { id: string; ownerId: string }): Promise<OrgSnapshot>;
  }>('db/snapshot.js');
  return withApiDb((db) => loadOrgSnapshot(db, org));
}

/** Signs the agent in to the console (password and the mandatory second factor). */
export async function signInConsole(page: Page, consoleUrl: string, agent: Agent) {
  await page.goto(`${consoleUrl}/signin`);
  await page.getByLabel(/^(E-mail)$/).fill(agent.email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(agent.password);
  await page.getByLabel(/^Code$/).fill(totp(agent.secret));
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Who is asking\?|Qui fait la demande/,
  );
}

export interface SeededUser {
  id: string;
  email: string;
  token: string;
}

export interface SeededOrg {
  org: string;
  orgName: string;
  users: Record<'owner' | 'manage' | 'read' | 'mfaOnly' | 'none', SeededUser>;
  projects: { shop: string; blog: string };
  server: string;
  services: { shopDb: string; shopSite: string; blogSite: string };
  /** Every service name of the organization (R15: never shown to a requester without access). */
  serviceNames: string[];
  /** Project and server names. */
  placeNames: string[];
}

const signUp = async (who: string): Promise<SeededUser> => {
  const api = createMandateClient({ baseUrl: urls.api });
  const email = uniqueEmail(who);
  const session = await api.unwrap(
    api.POST('/v1/auth/signup', { body: { email, password, name: `E2E ${who}`, locale: 'en' } }),
  );
  return { id: session.userId, email, token: session.sessionToken };
};

/**
 * An organization with an owner and four requesters, made through the API as its customers
 * would: `manage` is a customer admin; `read` reads databases and sites of the shop project;
 * `mfaOnly` manages them only with a second factor (R7); `none` has no grant at all.
 */
export async function seedOrg(): Promise<SeededOrg> {
  const suffix = randomBytes(3).toString('hex');
  const owner = await signUp('owner');
  const [manage, read, mfaOnly, none] = await Promise.all(
    ['manage', 'read', 'mfa-only', 'none'].map((w) => signUp(w)),
  );
  const api = createMandateClient({ baseUrl: urls.api, token: owner.token });
  const orgName = `Acme ${suffix}`;
  const org = await api.unwrap(api.POST('/v1/orgs', { body: { name: orgName } }));
  const path = { org: org.id };
  const serverName = `edge-box-${suffix}`;
  const server = await api.unwrap(
    api.POST('/v1/orgs/{org}/servers', { params: { path }, body: { name: serverName } }),
  );
  const shopName = `Shop-${suffix}`;
  const blogName = `Blog-${suffix}`;
  const shop = await api.unwrap(
    api.POST('/v1/orgs/{org}/projects', {
      params: { path },
      body: { name: shopName, serverId: server.id },
    }),
  );
  const blog = await api.unwrap(
    api.POST('/v1/orgs/{org}/projects', { params: { path }, body: { name: blogName } }),
  );
  await seedGrantsAndServices(api, org.id, {
    manage: manage!.id,
    read: read!.id,
    mfaOnly: mfaOnly!.id,
    shop: shop.id,
    blog: blog.id,
  });
  const services = {
    shopDb: `shopdb-${suffix}`,
    shopSite: `shop-site-${suffix}`,
    blogSite: `blog-site-${suffix}`,
  };
  await createService(api, org.id, 'databases', shop.id, services.shopDb);
  await createService(api, org.id, 'sites', shop.id, services.shopSite);
  await createService(api, org.id, 'sites', blog.id, services.blogSite);
  return {
    org: org.id,
    orgName,
    users: { owner, manage: manage!, read: read!, mfaOnly: mfaOnly!, none: none! },
    projects: { shop: shop.id, blog: blog.id },
    server: server.id,
    services,
    serviceNames: Object.values(services),
    placeNames: [shopName, blogName, serverName],
  };
}

interface Insertable {
  insertInto(table: string): { values(v: object | object[]): { execute(): Promise<unknown> } };
}

const rid = (prefix: string) => `${prefix}_e2e${randomBytes(8).toString('hex')}`;

/**
 * Grants and services of the seeded organization. Written with the API's own database layer
 * (the grants and services routes were not in the API when these flows were written); the
 * matrix is then compared against the snapshot the API itself loads from these rows.
 */
async function seedGrantsAndServices(
  _api: MandateClient,
  org: string,
  ids: { manage: string; read: string; mfaOnly: string; shop: string; blog: string },
) {
  const { toJson } = await apiModule<{ toJson(v: unknown): unknown }>('db/json.js');
  const { bumpAuthzVersion } = await apiModule<{
    bumpAuthzVersion(db: Db, org: string): Promise<number>;
  }>('db/authz-version.js');
  await withApiDb(async (raw) => {
    const db = raw as unknown as Insertable;
    const grant = (user: string, scope: 'org' | 'project', extra: object, project?: string) => ({
      id: rid('grt'),
      org_id: org,
      grantee_user_id: user,
      scope_kind: scope,
      project_id: project ?? null,
      ...extra,
    });
    await db
      .insertInto('memberships')
      .values([ids.manage, ids.read, ids.mfaOnly].map((u) => ({ org_id: org, user_id: u })))
      .execute();
    await db
      .insertInto('grants')
      .values([
        grant(ids.manage, 'org', { role: 'customer_admin' }),
        grant(
          ids.read,
          'project',
          { levels: toJson({ databases: 'read', sites: 'read', servers: 'read' }) },
          ids.shop,
        ),
        grant(
          ids.mfaOnly,
          'project',
          {
            levels: toJson({ databases: 'manage', sites: 'manage' }),
            require_mfa: true,
          },
          ids.shop,
        ),
        grant(ids.mfaOnly, 'org', { levels: toJson({ billing: 'read' }) }),
      ])
      .execute();
    // Evaluators cached by the API are keyed by this version.
    await bumpAuthzVersion(raw, org);
  });
}

async function createService(
  _api: MandateClient,
  org: string,
  section: string,
  project: string,
  name: string,
) {
  const { toJson } = await apiModule<{ toJson(v: unknown): unknown }>('db/json.js');
  await withApiDb(async (raw) => {
    const db = raw as unknown as Insertable;
    await db
      .insertInto('services')
      .values({
        id: rid('svc'),
        org_id: org,
        project_id: project,
        section,
        name,
        details: toJson({ engine: section === 'databases' ? 'postgresql' : 'nginx' }),
        secret: toJson({ password: `s3cret-${name}` }),
      })
      .execute();
  });
}

/**
 * Whether the running API serves the support desk routes (its OpenAPI document lists the
 * matrix). Flows that need them are skipped with this reason when it does not.
 */
export async function supportDeskAvailable(): Promise<boolean> {
  try {
    const doc = (await (await fetch(`${urls.api}/openapi.json`)).json()) as {
      paths?: Record<string, unknown>;
    };
    return Boolean(doc.paths?.['/v1/support/orgs/{org}/matrix']);
  } catch {
    return false;
  }
}
export const deskMissing = 'the API does not serve /v1/support/orgs/{org}/matrix yet';
