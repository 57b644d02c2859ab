import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
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

export { expect };
