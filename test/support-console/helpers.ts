import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OrgSnapshot } from '@mandate/core';
import type { Page } from '@playwright/test';
import { expect, totp } from '../fixtures.js';

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
