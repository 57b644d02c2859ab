import {
  catalog,
  createEvaluator,
  type OrgSnapshot,
  type SupportAssessment,
  type Target,
} from '@mandate/core';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from '../fixtures.js';
import {
  agentSession,
  createAgent,
  loadSnapshot,
  type SeededOrg,
  seedOrg,
  useAgentSession,
} from './helpers.js';

// The console decides nothing: every cell it renders must be core's `assessSupport` on the
// organization's snapshot, for every section and place, with and without the second factor.

type Shown = Pick<SupportAssessment, 'level' | 'disclose' | 'reason' | 'requester'> &
  SupportAssessment['actions'];

const caseUrl = (consoleUrl: string, org: string, user: string, mfa: boolean) =>
  `${consoleUrl}/case/${org}/${user}?mfa=${mfa ? 'yes' : 'no'}`;

/** `assessSupport` for every (section, place) of the snapshot, keyed like the rendered cells. */
const assessEverywhere = (snapshot: OrgSnapshot, userId: string, mfa: boolean) => {
  const evaluator = createEvaluator(snapshot);
  const out: Record<string, Shown> = {};
  for (const s of catalog.sections) {
    const places: Array<[string, string, Target]> =
      s.scope === 'org'
        ? [['org', '', { section: s.id }]]
        : s.scope === 'project'
          ? snapshot.projects.map((p) => ['project', p, { section: s.id, project: p }])
          : snapshot.servers.map((v) => ['server', v, { section: s.id, server: v }]);
    for (const [kind, id, target] of places) {
      const a = evaluator.assessSupport({ userId, mfa }, target);
      out[`${s.id}|${kind}|${id}`] = {
        level: a.level,
        disclose: a.disclose,
        reason: a.reason,
        requester: a.requester,
        ...a.actions,
      };
    }
  }
  return out;
};

/**
 * What the console must show: the organization's sections, and each project or server where
 * core lets support disclose something. R15: a place with nothing to disclose is left out, not
 * even counted (a requester who is not a member sees the organization's sections only).
 */
const expectedMatrix = (snapshot: OrgSnapshot, userId: string, mfa: boolean) => {
  const all = assessEverywhere(snapshot, userId, mfa);
  const placeOf = (key: string) => key.split('|').slice(1).join('|');
  const disclosed = new Set(
    Object.entries(all)
      .filter(([, a]) => a.disclose)
      .map(([key]) => placeOf(key)),
  );
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => key.includes('|org|') || disclosed.has(placeOf(key))),
  );
};

/** Reads every rendered cell back from its data-* attributes. */
const renderedMatrix = async (page: Page) => {
  const cells = await page
    .locator('[data-cell]')
    .evaluateAll((els) => els.map((el) => ({ ...(el as HTMLElement).dataset })));
  const out: Record<string, Shown> = {};
  for (const d of cells) {
    out[`${d.section}|${d.placeKind}|${d.placeId}`] = {
      level: d.level as Shown['level'],
      disclose: d.disclose === 'yes',
      reason: d.reason ?? '',
      requester: d.requester as Shown['requester'],
      view: d.view as Shown['view'],
      create: d.create as Shown['create'],
      update: d.update as Shown['update'],
      delete: d.delete as Shown['delete'],
    };
  }
  return out;
};

test.describe('support console: the matrix is assessSupport', () => {
  let session: string;
  let seeded: SeededOrg;
  let snapshot: OrgSnapshot;

  test.beforeAll(async () => {
    const [agent, org] = await Promise.all([createAgent(), seedOrg()]);
    seeded = org;
    session = await agentSession(agent);
    snapshot = await loadSnapshot({ id: seeded.org, ownerId: seeded.users.owner.id });
  });

  for (const who of ['owner', 'manage', 'read', 'mfaOnly', 'none'] as const) {
    test(`whole matrix for the ${who} requester, with and without a second factor`, async ({
      page,
      consoleUrl,
    }) => {
      await useAgentSession(page, consoleUrl, session);
      const user = seeded.users[who];
      for (const mfa of [false, true]) {
        await page.goto(caseUrl(consoleUrl, seeded.org, user.id, mfa));
        await expect(page.getByTestId('mfa-status')).toHaveText(mfa ? '2FA verified' : 'No 2FA');
        const stranger = who === 'none';
        expect(await renderedMatrix(page)).toEqual(expectedMatrix(snapshot, user.id, mfa));
        if (stranger) {
          // What the console leaves out is what core says nothing may be disclosed about.
          const all = Object.values(assessEverywhere(snapshot, user.id, mfa));
          expect(all.every((a) => !a.disclose && a.view === 'verify_owner')).toBe(true);
          await expect(page.locator('th[data-place-kind="project"]')).toHaveCount(0);
          await expect(page.locator('th[data-place-kind="server"]')).toHaveCount(0);
        }
      }
    });
  }

  test('the agent finds the requester by e-mail and opens the case with the declared factor', async ({
    page,
    consoleUrl,
  }) => {
    await useAgentSession(page, consoleUrl, session);
    await page.goto(consoleUrl);
    const byEmail = page.locator('form').filter({ has: page.getByLabel('Requester’s e-mail') });
    await byEmail.getByLabel('Requester’s e-mail').fill(seeded.users.mfaOnly.email);
    await byEmail.getByLabel('Request comes with a second factor').check();
    await byEmail.getByRole('button', { name: 'Find' }).click();
    const orgs = page.getByTestId('requester-orgs');
    await expect(orgs).toContainText(seeded.orgName);
    await expect(orgs).toContainText('Member');
    await orgs.getByRole('link', { name: seeded.orgName }).click();
    await expect(page.getByTestId('mfa-status')).toHaveText('2FA verified');
    await expect(page.getByTestId('case-banner')).toContainText(seeded.users.mfaOnly.email);
    await expect(
      page.locator(
        `[data-cell][data-section="databases"][data-place-id="${seeded.projects.shop}"]`,
      ),
    ).toHaveAttribute('data-level', 'manage');
  });

  test('the second factor can be toggled and shows on every screen (R42)', async ({
    page,
    consoleUrl,
  }) => {
    await useAgentSession(page, consoleUrl, session);
    const user = seeded.users.mfaOnly;
    await page.goto(caseUrl(consoleUrl, seeded.org, user.id, false));
    const cell = page.locator(
      `[data-cell][data-section="databases"][data-place-id="${seeded.projects.shop}"]`,
    );
    // Without the second factor only MFA grants would give a level there (R42): nothing may be
    // disclosed, so the place is not even listed (R15).
    await expect(page.getByTestId('matrix-project')).toBeVisible();
    await expect(cell).toHaveCount(0);
    await expect(page.locator(`th[data-place-id="${seeded.projects.shop}"]`)).toHaveCount(0);
    await page.getByTestId('mfa-toggle').click();
    await expect(page.getByTestId('mfa-status')).toHaveText('2FA verified');
    await expect(cell).toHaveAttribute('data-level', 'manage');
    await cell.getByRole('link', { name: /Details/ }).click();
    await expect(page.getByTestId('mfa-status')).toHaveText('2FA verified');
    await expect(page.getByTestId('assessment')).toHaveAttribute('data-level', 'manage');
    await page.getByRole('link', { name: 'Technical ticket' }).click();
    await expect(page.getByTestId('mfa-status')).toHaveText('2FA verified');
    // R44: a ticket about a project the requester can see alerts its technical contacts: the
    // people with technical_contact ≥ read there, as core decides on the same snapshot.
    const evaluator = createEvaluator(snapshot);
    const contacts = Object.values(seeded.users).filter(
      (u) =>
        evaluator.decide({ kind: 'user', userId: u.id, mfa: false }, 'view', {
          section: 'technical_contact',
          project: seeded.projects.shop,
        }).allowed,
    ).length;
    expect(contacts).toBe(2); // the owner and the customer admin
    const ticket = page.getByTestId('ticket-form');
    await ticket.getByLabel('About').selectOption(`project:${seeded.projects.shop}`);
    await ticket.getByLabel('Subject').fill('The shop database refuses connections');
    await ticket.getByRole('button', { name: 'Open the ticket' }).click();
    await expect(page.getByTestId('ticket-opened')).toHaveText(
      `Ticket opened. ${contacts} technical contacts alerted.`,
    );
  });

  test('nothing about the organization leaks to a requester without access (R15)', async ({
    page,
    consoleUrl,
  }) => {
    await useAgentSession(page, consoleUrl, session);
    const user = seeded.users.none;
    const pages = [
      caseUrl(consoleUrl, seeded.org, user.id, false),
      caseUrl(consoleUrl, seeded.org, user.id, true),
      `${consoleUrl}/case/${seeded.org}/${user.id}/cell?mfa=no&section=databases&project=${seeded.projects.shop}`,
      `${consoleUrl}/case/${seeded.org}/${user.id}/cell?mfa=yes&section=sites&project=${seeded.projects.blog}`,
      `${consoleUrl}/case/${seeded.org}/${user.id}/ticket?mfa=no`,
    ];
    for (const url of pages) {
      await page.goto(url);
      const html = await page.content();
      for (const name of [...seeded.serviceNames, ...seeded.placeNames, seeded.orgName]) {
        expect(html, `${url} shows ${name}`).not.toContain(name);
      }
      if (url === pages[0]) {
        await expect(page.getByTestId('stranger-notice')).toBeVisible();
        await screenshot(page, 'support-console-matrix-stranger');
      }
    }
    // The read requester sees its own project's services, but not the other project's.
    await page.goto(
      `${consoleUrl}/case/${seeded.org}/${seeded.users.read.id}/cell?mfa=no&section=databases&project=${seeded.projects.shop}`,
    );
    await expect(page.getByTestId('services')).toContainText(seeded.services.shopDb);
    await expect(page.getByTestId('has-secret')).toHaveCount(1);
    const html = await page.content();
    expect(html).not.toContain(seeded.services.blogSite);
    // Support views it for the requester (audited), and never sees its password.
    await page.getByRole('button', { name: `View: ${seeded.services.shopDb}` }).click();
    await expect(page.getByTestId('action-done')).toContainText(seeded.services.shopDb);
    await expect(page.getByTestId('action-done')).toContainText('postgresql');
    expect(await page.content()).not.toContain('s3cret-');
  });

  test('screenshots of the matrix in English and French, accessible', async ({
    page,
    consoleUrl,
  }) => {
    // Two axe scans of a whole matrix (about a hundred cells) take their time on a busy machine.
    test.setTimeout(Math.max(test.info().timeout, 120_000));
    await useAgentSession(page, consoleUrl, session);
    await page.goto(caseUrl(consoleUrl, seeded.org, seeded.users.read.id, false));
    await expectAccessible(page, 'matrix (en)');
    await screenshot(page, 'support-console-matrix-en');
    await page.getByTestId('switch-language').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ce que le support peut faire pour ce demandeur',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expectAccessible(page, 'matrix (fr)');
    await screenshot(page, 'support-console-matrix-fr');
    // Remembered: a new page load stays in French.
    await page.reload();
    await expect(page.getByTestId('mfa-status')).toHaveText('Sans 2FA');
    await page.goto(
      `${consoleUrl}/case/${seeded.org}/${seeded.users.read.id}/cell?mfa=no&section=databases&project=${seeded.projects.shop}`,
    );
    await expectAccessible(page, 'cell (fr)');
    await screenshot(page, 'support-console-cell-fr');
    await page.getByTestId('switch-language').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
