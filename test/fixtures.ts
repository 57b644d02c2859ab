import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { createMandateClient, type MandateClient } from '@mandate/sdk';
import { test as base, expect, type Page } from '@playwright/test';

export { totp } from './totp.js';

const here = dirname(fileURLToPath(import.meta.url));

/** URLs of the stack started by global-setup.ts (inherited through the environment). */
export const urls = {
  get api() {
    return required('MANDATE_API_URL');
  },
  get panel() {
    return required('PANEL_URL');
  },
  get console() {
    return required('CONSOLE_URL');
  },
};

function required(key: string): string {
  const value = process.env[key];
  if (!value) throw new Error(`${key} is not set: did global-setup.ts run?`);
  return value;
}

/** A unique, valid e-mail address for this run. */
export const uniqueEmail = (who = 'user') =>
  `${who}-${randomBytes(4).toString('hex')}@e2e.example.test`;

export const password = 'correct horse battery staple 42';

/** The API's log so far (invitation links are printed there, R33). */
export const apiLog = () => readFileSync(join(here, 'test-results', 'logs', 'api.log'), 'utf8');

/** Saves a full-page screenshot under test/test-results/screenshots/<name>.png (artifact). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({
    path: join(here, 'test-results', 'screenshots', `${name}.png`),
    fullPage: true,
  });
}

/** Fails on any serious or critical axe-core violation of the current page. */
export async function expectAccessible(page: Page, name = page.url()) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe violations on ${name}`,
  ).toEqual([]);
}

/** The end-to-end database's URL (global-setup puts its name in E2E_DATABASE). */
export const e2eDatabaseUrl = (): string => {
  const url = new URL(
    process.env.E2E_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  url.pathname = `/${required('E2E_DATABASE')}`;
  return url.toString();
};

/** Pays into an organization's balance (cents) as its owner would, through the billing route. */
export async function addFunds(owner: MandateClient, orgId: string, amountCents: number) {
  await owner.unwrap(
    owner.POST('/v1/orgs/{org}/billing/payments', {
      params: { path: { org: orgId } },
      body: { amountCents },
    }),
  );
}

/** An SDK client on the test API, anonymous or with a credential. */
export const sdk = (token?: string): MandateClient =>
  createMandateClient({ baseUrl: urls.api, ...(token ? { token } : {}), retries: 0 });

export interface TestUser {
  id: string;
  email: string;
  name: string;
  token: string;
  client: MandateClient;
}

/** Signs a new user up through the API (fast path for flows that do not test sign-up). */
export async function signUpUser(name: string, locale: 'en' | 'fr' = 'en'): Promise<TestUser> {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'));
  const anon = sdk();
  const session = await anon.unwrap(
    anon.POST('/v1/auth/signup', { body: { email, password, name, locale } }),
  );
  return {
    id: session.userId,
    email,
    name,
    token: session.sessionToken,
    client: sdk(session.sessionToken),
  };
}

/** Signs a user in through the panel's form. */
export async function signInPanel(page: Page, panel: string, email: string, next = '/') {
  await page.goto(`${panel}/signin?next=${encodeURIComponent(next)}`);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('form.card button[type=submit]').click();
  // The next page (or the second-factor step) replaces the form: wait for it, so that what the
  // caller fills next is not the sign-in form's own e-mail field.
  await page.waitForURL((u) => u.pathname !== '/signin');
}

export const test = base.extend<{ panel: string; consoleUrl: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from it
  panel: async ({}, use, info) => {
    info.skip(!process.env.PANEL_URL, 'customer panel not built');
    await use(urls.panel);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from it
  consoleUrl: async ({}, use, info) => {
    info.skip(!process.env.CONSOLE_URL, 'support console not built');
    await use(urls.console);
  },
});

export { expect, type Page };
