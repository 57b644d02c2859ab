import { expect, type Page, screenshot, sdk, signInPanel, test, totp } from '../fixtures.js';
import { acme, member } from './setup.js';

// Issue #7's flows after the invitation: the member exists already (set up through the API),
// what is tested is what each person sees in the panel.
const openService = async (page: Page, panel: string, org: string, project: string) => {
  await page.goto(`${panel}/orgs/${org}/projects/${project}/databases`);
  await page.getByRole('link', { name: 'alpha-db' }).click();
  await expect(page.getByRole('heading', { name: 'alpha-db' })).toBeVisible();
};

test('upgrade to manage with a second factor: the user is asked for it, enrols, then can edit; a stale edit is explained', async ({
  page,
  panel,
  browser,
}) => {
  test.setTimeout(150_000);
  const a = await acme();
  const { user } = await member(a, {
    scope: { project: a.alpha.id },
    levels: { databases: 'read' },
  });
  await signInPanel(page, panel, user.email, `/orgs/${a.org.id}`);
  await openService(page, panel, a.org.id, a.alpha.id);
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);

  // The owner upgrades the grant: manage, second factor required. The preview comes first.
  const ownerPage = await (await browser.newContext()).newPage();
  const editor = `/orgs/${a.org.id}/members/edit?grantee=user:${user.id}&scope=project:${a.alpha.id}`;
  await signInPanel(ownerPage, panel, a.owner.email, editor);
  await ownerPage.locator('input[name="level.databases"][value=manage]').check();
  await ownerPage.locator('input[name=requireMfa]').check();
  await ownerPage.getByRole('button', { name: 'Preview changes' }).click();
  await expect(ownerPage.getByRole('heading', { name: 'What changes' })).toBeVisible();
  await expect(
    ownerPage.getByText('Careful: with this, the person can see passwords'),
  ).toBeVisible();
  await screenshot(ownerPage, 'panel-grant-preview');
  await ownerPage.getByRole('button', { name: 'Save these permissions' }).click();
  await expect(ownerPage.getByText('Permissions saved.')).toBeVisible();

  // Stale edit in a second tab: 412 explained, the form reloaded, nothing overwritten.
  const tab2 = await ownerPage.context().newPage();
  await tab2.goto(`${panel}${editor}`);
  await ownerPage.locator('input[name="level.databases"][value=read]').check();
  await ownerPage.getByRole('button', { name: 'Preview changes' }).click();
  await ownerPage.getByRole('button', { name: 'Save these permissions' }).click();
  await expect(ownerPage.getByText('Permissions saved.')).toBeVisible();
  await tab2.locator('input[name="level.sites"][value=read]').check();
  await tab2.getByRole('button', { name: 'Preview changes' }).click();
  await tab2.getByRole('button', { name: 'Save these permissions' }).click();
  await expect(tab2.getByText('Someone else changed this while you were editing.')).toBeVisible();
  await expect(tab2.locator('input[name="level.databases"][value=read]')).toBeChecked();
  await expect(tab2.locator('input[name="level.sites"][value=none]')).toBeChecked();
  await screenshot(tab2, 'panel-grant-stale');

  // Back to manage (the second-factor condition stayed on).
  await ownerPage.locator('input[name="level.databases"][value=manage]').check();
  await ownerPage.getByRole('button', { name: 'Preview changes' }).click();
  await ownerPage.getByRole('button', { name: 'Save these permissions' }).click();
  await expect(ownerPage.getByText('Permissions saved.')).toBeVisible();
  await expect(ownerPage.locator('input[name=requireMfa]')).toBeChecked();

  // The user, without a second factor, is sent to set one up; then the Edit button is there.
  await page.goto(`${panel}/orgs/${a.org.id}/services/${a.services['alpha-db']}`);
  await expect(page.getByText('This page needs your second factor.')).toBeVisible();
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
  await page.getByLabel('Code').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByRole('link', { name: 'I have saved them' }).click();
  await expect(page.getByRole('heading', { name: 'alpha-db' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
});

test('a read-only token: issued in the panel, shown once, and an SDK check with it is denied for update', async ({
  page,
  panel,
}) => {
  test.setTimeout(120_000);
  const a = await acme();
  const { user } = await member(a, {
    scope: { project: a.alpha.id },
    levels: { databases: 'manage' },
  });
  await signInPanel(page, panel, user.email, `/orgs/${a.org.id}/tokens`);
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();
  await expect(page.getByText('You have no token here.')).toBeVisible();
  await page.getByLabel('Name').fill('ci read-only');
  await page.getByLabel('Read-only').check();
  await page.getByRole('button', { name: 'Create the token' }).click();
  const secret = (await page.getByTestId('token-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^mnd_/);
  await expect(page.getByRole('cell', { name: 'ci read-only', exact: true })).toBeVisible();
  await expect(page.getByText('read-only', { exact: true })).toBeVisible();
  await screenshot(page, 'panel-tokens');

  // The token acts as the user, capped: view yes, update no (R21).
  const withToken = sdk(secret);
  const check = (action: string) =>
    withToken.unwrap(
      withToken.GET('/v1/orgs/{org}/check', {
        params: {
          path: { org: a.org.id },
          query: { action, section: 'databases', project: a.alpha.id },
        },
      }),
    );
  expect((await check('view')).allowed).toBe(true);
  const update = await check('update');
  expect(update.allowed).toBe(false);

  // The secret is never shown again: a fresh visit of the page (a reload could re-post the form
  // when it was sent before the page's script took over).
  await page.goto(new URL(`/orgs/${a.org.id}/tokens`, page.url()).toString());
  await expect(page.getByTestId('token-secret')).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'ci read-only', exact: true })).toBeVisible();
});

test('the owner revokes a grant: the user’s next page load no longer shows it', async ({
  page,
  panel,
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await acme();
  const { user } = await member(a, {
    scope: { project: a.alpha.id },
    levels: { databases: 'read' },
  });
  await signInPanel(page, panel, user.email, `/orgs/${a.org.id}`);
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Alpha' })).toBeVisible();

  const ownerPage = await (await browser.newContext()).newPage();
  await signInPanel(
    ownerPage,
    panel,
    a.owner.email,
    `/orgs/${a.org.id}/members/edit?grantee=user:${user.id}&scope=project:${a.alpha.id}`,
  );
  await ownerPage.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(ownerPage.getByText('Permission removed.')).toBeVisible();

  await page.reload();
  await expect(nav.getByRole('link', { name: 'Alpha' })).toHaveCount(0);
  const gone = await page.goto(`${panel}/orgs/${a.org.id}/services/${a.services['alpha-db']}`);
  expect(gone?.status()).toBe(404);
});

test('the user renounces everything and loses the organization', async ({ page, panel }) => {
  test.setTimeout(120_000);
  const a = await acme('Acme renounce');
  const { user } = await member(a, {
    scope: { project: a.alpha.id },
    levels: { databases: 'read' },
  });
  await signInPanel(page, panel, user.email, `/orgs/${a.org.id}/me`);
  await expect(page.getByRole('heading', { name: 'My permissions' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Databases/ })).toBeVisible();
  await screenshot(page, 'panel-my-permissions');
  await page.getByLabel(/I understand/).check();
  await page.getByRole('button', { name: 'Renounce all' }).click();
  await expect(page.getByText('You left the organization.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your organizations' })).toBeVisible();
  await expect(page.getByText('Acme renounce')).toHaveCount(0);
  const gone = await page.goto(`${panel}/orgs/${a.org.id}`);
  expect(gone?.status()).toBe(404);
});
