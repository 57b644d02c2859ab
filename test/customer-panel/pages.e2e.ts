import {
  expect,
  expectAccessible,
  type Page,
  screenshot,
  sdk,
  signInPanel,
  test,
} from '../fixtures.js';
import { agentSession, createAgent } from '../support-console/helpers.js';
import { acme, member } from './setup.js';

// Every main page of the panel, filled with data from the real API: a screenshot of each (an
// artifact under test-results/screenshots, looked at by a person) and an axe scan with no
// serious or critical violation.
const visit = async (page: Page, url: string, name: string, heading: string | RegExp) => {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await screenshot(page, `panel-page-${name}`);
  await expectAccessible(page, name);
};

/** An organization with a member, a team, a pending invitation, a token and a support request. */
async function filled(name: string) {
  const a = await acme(name);
  const { user } = await member(a, {
    scope: { project: a.alpha.id },
    levels: { databases: 'read', sites: 'manage' },
    requireMfa: false,
  });
  const owner = a.owner.client;
  const org = { params: { path: { org: a.org.id } } };
  await owner.unwrap(owner.POST('/v1/orgs/{org}/teams', { ...org, body: { name: 'Web team' } }));
  await owner.unwrap(
    owner.POST('/v1/orgs/{org}/invitations', {
      ...org,
      body: {
        email: 'pending-person@e2e.example.test',
        grants: [{ scope: { org: true }, role: 'customer_manager' }],
      },
    }),
  );
  await owner.unwrap(
    owner.POST('/v1/orgs/{org}/tokens', {
      ...org,
      body: { name: 'deploy bot', expiresInDays: 30, cap: { readOnly: true } },
    }),
  );
  return { ...a, user };
}

test('main pages of the owner: dashboard, services, members, permission editor, permissions card', async ({
  page,
  panel,
}) => {
  test.setTimeout(180_000);
  const a = await filled('Acme Hosting');
  const o = `${panel}/orgs/${a.org.id}`;
  await signInPanel(page, panel, a.owner.email, `/orgs/${a.org.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Hosting' })).toBeVisible();
  await screenshot(page, 'panel-page-dashboard');
  await expectAccessible(page, 'dashboard');
  await visit(page, `${o}/projects/${a.alpha.id}/databases`, 'services-list', 'Databases');
  await visit(page, `${o}/services/${a.services['alpha-db']}`, 'service-detail', 'alpha-db');
  await visit(page, `${o}/members`, 'members', 'Members and teams');
  await expect(
    page.getByRole('cell', { name: 'pending-person@e2e.example.test', exact: true }),
  ).toBeVisible();
  await visit(
    page,
    `${o}/members/edit?grantee=user:${a.user.id}&scope=project:${a.alpha.id}`,
    'permission-editor',
    /Ivan Invitee/,
  );
  await visit(page, `${o}/members/card?project=${a.alpha.id}`, 'permissions-card', /card/i);
  await page.getByRole('link', { name: /why\?/i }).first().click();
  await expect(
    page.getByRole('heading', { level: 2 }).filter({ hasText: 'Ivan Invitee on' }),
  ).toBeVisible();
  await screenshot(page, 'panel-page-permissions-card-why');
  // Phone width.
  await page.setViewportSize({ width: 390, height: 844 });
  await visit(page, o, 'dashboard-phone', 'Acme Hosting');
});

test('owner-only pages, tokens and billing', async ({ page, panel }) => {
  test.setTimeout(180_000);
  const a = await filled('Acme Owner Pages');
  // Support asks to change a database for the member: a pending approval and a log entry.
  const agent = await createAgent('Sam Support');
  const desk = sdk(await agentSession(agent));
  await desk.unwrap(
    desk.POST('/v1/support/orgs/{org}/approvals', {
      params: { path: { org: a.org.id } },
      body: {
        user: a.user.id,
        target: { section: 'databases', project: a.alpha.id },
        action: 'update',
        reason: 'Customer asked on the phone to reset the alpha-db password.',
      },
    }),
  );
  const o = `${panel}/orgs/${a.org.id}`;
  await signInPanel(page, panel, a.owner.email, `/orgs/${a.org.id}/tokens`);
  await visit(page, `${o}/tokens`, 'tokens-owner', 'API tokens');
  await visit(page, `${o}/billing`, 'billing', 'Billing');
  await expect(page.getByText('€90.00')).toBeVisible();
  await visit(page, `${o}/approvals`, 'approvals', 'Support approvals');
  await expect(page.getByTestId('approval-request')).toHaveCount(1);
  await expect(page.getByTestId('approval-approve')).toBeVisible();
  await visit(page, `${o}/support-log`, 'support-log', 'Support transparency log');
  await expect(page.getByTestId('support-log-row')).toHaveCount(1);
  await visit(page, `${o}/audit`, 'audit', 'Audit log');
  await visit(page, `${o}/company`, 'company', 'Company details');
  await visit(page, `${o}/close`, 'close', 'Close organization');
});

test('a member’s pages: dashboard, my permissions, tokens', async ({ page, panel }) => {
  test.setTimeout(120_000);
  const a = await filled('Acme Member Pages');
  const o = `${panel}/orgs/${a.org.id}`;
  await signInPanel(page, panel, a.user.email, `/orgs/${a.org.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Member Pages' })).toBeVisible();
  await screenshot(page, 'panel-page-dashboard-member');
  await expectAccessible(page, 'member dashboard');
  await visit(page, `${o}/me`, 'my-permissions', 'My permissions');
  await visit(page, `${o}/tokens`, 'tokens-member', 'API tokens');
});
