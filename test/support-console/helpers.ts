import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDatabase, createSupportAgent, type Db } from '@mandate/api';
import type { OrgSnapshot } from '@mandate/core';
import { type BodyOf, createMandateClient, type MandateClient } from '@mandate/sdk';
import type { Page } from '@playwright/test';
import {
  addFunds,
  apiLog,
  e2eDatabaseUrl,
  expect,
  password,
  totp,
  uniqueEmail,
  urls,
} from '../fixtures.js';

// Helpers of the support console's flows. Customers, organizations, members and services are
// made through the API's routes; support agents (provider staff, no public route) with the
// API's own `createSupportAgent`, on the end-to-end database global-setup made.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A module of the built API that its package does not export (the snapshot loader). */
const apiModule = async <T>(rel: string): Promise<T> =>
  (await import(pathToFileURL(join(root, 'apps/api/dist', rel)).href)) as T;

/** Runs `fn` with a database handle of the API's own making, then closes it. */
export async function withApiDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
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

/**
 * A new support agent with password and TOTP. Staff are provider employees: no public route
 * creates them, so this calls the API's own `createSupportAgent` (as its seed does).
 */
export async function createAgent(name = 'Sam Support'): Promise<Agent> {
  const suffix = randomBytes(4).toString('hex');
  const email = `agent-${suffix}@support.e2e.example.test`;
  const agentPassword = `agent password ${suffix}`;
  const created = await withApiDb((db) =>
    createSupportAgent(db, { email, name, password: agentPassword }),
  );
  return { id: created.id, email, name, password: agentPassword, secret: created.totpSecret };
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

/** A staff session of the agent, made through the API (password and the second factor). */
export async function agentSession(agent: Agent): Promise<string> {
  const api = createMandateClient({ baseUrl: urls.api, retries: 0 });
  const { sessionToken } = await api.unwrap(
    api.POST('/v1/support/auth/signin', {
      body: { email: agent.email, password: agent.password, code: totp(agent.secret) },
    }),
  );
  return sessionToken;
}

/**
 * Puts a staff session in the page's cookie jar, as the console's sign-in does (flows that do
 * not test signing in skip the form; sign-in.e2e.ts tests it).
 */
export async function useAgentSession(page: Page, consoleUrl: string, token: string) {
  await page.context().addCookies([{ name: 'mss_session', value: token, url: consoleUrl }]);
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
  const api = createMandateClient({ baseUrl: urls.api, retries: 0 });
  const email = uniqueEmail(who);
  const session = await api.unwrap(
    api.POST('/v1/auth/signup', { body: { email, password, name: `E2E ${who}`, locale: 'en' } }),
  );
  return { id: session.userId, email, token: session.sessionToken };
};

type InviteGrants = BodyOf<'/v1/orgs/{org}/invitations', 'post'>['grants'];

/** The single-use invitation token the API printed for `email` (R33: never in a response). */
const invitationToken = async (email: string): Promise<string> => {
  for (let i = 0; i < 50; i++) {
    const line = apiLog()
      .split('\n')
      .reverse()
      .find((l) => l.includes(`invitation for ${email}`));
    const token = line?.match(/mni_[0-9a-z]+/)?.[0];
    if (token) return token;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no invitation for ${email} in the API log`);
};

/** The owner invites `user` with `grants`; the user accepts with their own session (R33). */
async function inviteMember(
  owner: MandateClient,
  org: string,
  user: SeededUser,
  grants: InviteGrants,
) {
  await owner.unwrap(
    owner.POST('/v1/orgs/{org}/invitations', {
      params: { path: { org } },
      body: { email: user.email, grants },
    }),
  );
  const token = await invitationToken(user.email);
  const invitee = createMandateClient({ baseUrl: urls.api, token: user.token, retries: 0 });
  await invitee.unwrap(
    invitee.POST('/v1/invitations/{token}/accept', { params: { path: { token } } }),
  );
}

/**
 * An organization with an owner and four requesters, made through the API as its customers
 * would: `manage` is a customer admin; `read` reads databases, sites and servers of the shop
 * project; `mfaOnly` manages databases and sites there only with a second factor (R7) and reads
 * billing; `none` has no grant at all. Three services: two in the shop, one in the blog.
 */
export async function seedOrg(): Promise<SeededOrg> {
  const suffix = randomBytes(3).toString('hex');
  const [owner, manage, read, mfaOnly, none] = await Promise.all(
    ['owner', 'manage', 'read', 'mfa-only', 'none'].map((w) => signUp(w)),
  );
  const api = createMandateClient({ baseUrl: urls.api, token: owner!.token, retries: 0 });
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
  await Promise.all([
    inviteMember(api, org.id, manage!, [{ scope: { org: true }, role: 'customer_admin' }]),
    inviteMember(api, org.id, read!, [
      {
        scope: { project: shop.id },
        levels: { databases: 'read', sites: 'read', servers: 'read' },
      },
    ]),
    inviteMember(api, org.id, mfaOnly!, [
      {
        scope: { project: shop.id },
        levels: { databases: 'manage', sites: 'manage' },
        requireMfa: true,
      },
      { scope: { org: true }, levels: { billing: 'read' } },
    ]),
  ]);
  await addFunds(api, org.id, 100_00); // services cost money (R11)
  const services = {
    shopDb: `shopdb-${suffix}`,
    shopSite: `shop-site-${suffix}`,
    blogSite: `blog-site-${suffix}`,
  };
  for (const [section, project, name] of [
    ['databases', shop.id, services.shopDb],
    ['sites', shop.id, services.shopSite],
    ['sites', blog.id, services.blogSite],
  ] as const) {
    await api.unwrap(
      api.POST('/v1/orgs/{org}/services', {
        params: { path },
        body: {
          section,
          project,
          name,
          details: { engine: section === 'databases' ? 'postgresql' : 'nginx' },
          ...(section === 'databases' ? { secret: `s3cret-${name}` } : {}),
        },
      }),
    );
  }
  return {
    org: org.id,
    orgName,
    users: { owner: owner!, manage: manage!, read: read!, mfaOnly: mfaOnly!, none: none! },
    projects: { shop: shop.id, blog: blog.id },
    server: server.id,
    services,
    serviceNames: Object.values(services),
    placeNames: [shopName, blogName, serverName],
  };
}
