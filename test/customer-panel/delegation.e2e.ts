import {
  apiHas,
  apiLog,
  expect,
  expectAccessible,
  type Page,
  password,
  screenshot,
  signInPanel,
  signUpUser,
  test,
  totp,
} from '../fixtures.js';

// Issue #7's main flow. It needs the API's members, invitations, grants, services and
// permissions routes; it skips (and says so) while the API does not serve them yet.
const needed = [
  '/v1/orgs/{org}/me/permissions',
  '/v1/orgs/{org}/invitations',
  '/v1/invitations/{token}/accept',
  '/v1/orgs/{org}/services',
  '/v1/orgs/{org}/services/{id}/credentials',
  '/v1/orgs/{org}/grants:preview',
  '/v1/orgs/{org}/check:batch',
  '/v1/orgs/{org}/members',
];

const invitationLink = async (email: string, after: number): Promise<string> => {
  for (let i = 0; i < 50; i++) {
    const log = apiLog().slice(after);
    const line = log.split('\n').find((l) => l.includes(email) && /\/invite\/[\w-]+/.test(l));
    const token = line?.match(/\/invite\/([\w-]+)/)?.[1];
    if (token) return `/invite/${token}`;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no invitation link for ${email} in the API log`);
};

async function mainFlow(page: Page, panel: string, lang: 'en' | 'fr') {
  const fr = lang === 'fr';
  const owner = await signUpUser('Olga Owner', lang);
  const api = owner.client;
  const org = await api.unwrap(api.POST('/v1/orgs', { body: { name: `Acme ${lang}` } }));
  const orgPath = { params: { path: { org: org.id } } };
  const alpha = await api.unwrap(
    api.POST('/v1/orgs/{org}/projects', { ...orgPath, body: { name: 'Alpha' } }),
  );
  const beta = await api.unwrap(
    api.POST('/v1/orgs/{org}/projects', { ...orgPath, body: { name: 'Beta' } }),
  );
  const post = api.POST as unknown as (
    p: string,
    i: object,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  for (const [project, name] of [
    [alpha.id, 'alpha-db'],
    [beta.id, 'beta-db'],
  ] as const) {
    await api.unwrap(
      post('/v1/orgs/{org}/services', {
        ...orgPath,
        body: { section: 'databases', project, name, secret: `pw-${name}` },
      }),
    );
  }

  // The owner invites a user with read on databases in Alpha only.
  await signInPanel(
    page,
    panel,
    owner.email,
    `/orgs/${org.id}/members/invite?scope=project:${alpha.id}`,
  );
  const userEmail = `invitee-${Date.now()}@e2e.example.test`;
  const logStart = apiLog().length;
  await page.locator('input[name=email]').fill(userEmail);
  await page.locator('input[name="level.databases"][value=read]').check();
  await page.locator('form:has(input[name=email]) button[type=submit]').click();
  await expect(
    page.getByText(fr ? `Invitation envoyée à ${userEmail}.` : `Invitation sent to ${userEmail}.`),
  ).toBeVisible();
  await screenshot(page, `panel-invite-${lang}`);
  const link = await invitationLink(userEmail, logStart);
  await page.getByRole('button', { name: fr ? 'Se déconnecter' : 'Sign out' }).click();

  // The user lands on the link, signs up, accepts.
  await page.goto(`${panel}${link}`);
  await screenshot(page, `panel-invitation-${lang}`);
  await page.getByRole('link', { name: fr ? 'Créer un compte' : 'Create an account' }).click();
  await page.locator('input[name=name]').fill('Ivan Invitee');
  await page.locator('input[name=password]').fill(password);
  await page.locator('form.card button[type=submit]').click();
  await page
    .getByRole('button', { name: fr ? 'Accepter l’invitation' : 'Accept the invitation' })
    .click();
  await expect(page.getByRole('heading', { name: `Acme ${lang}` })).toBeVisible();
  await screenshot(page, `panel-dashboard-member-${lang}`);
  await expectAccessible(page, 'member dashboard');

  // Alpha's databases, with the password, no edit button; Beta nowhere.
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Alpha' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Beta' })).toHaveCount(0);
  await page.goto(`${panel}/orgs/${org.id}/projects/${alpha.id}/databases`);
  await page.getByRole('link', { name: 'alpha-db' }).click();
  await expect(page.getByRole('button', { name: fr ? 'Modifier' : 'Edit' })).toHaveCount(0);
  await page.getByRole('button', { name: fr ? 'Afficher' : 'Reveal' }).click();
  await expect(page.getByTestId('secret-value')).toHaveText('pw-alpha-db');
  await screenshot(page, `panel-service-${lang}`);
  await expectAccessible(page, 'service detail');
  const beta404 = await page.goto(`${panel}/orgs/${org.id}/projects/${beta.id}/databases`);
  expect(beta404?.status()).toBe(404);
  return { owner, org, alpha, beta };
}

test('owner invites with read on one project; the user sees its passwords, no edit, no other project', async ({
  page,
  panel,
}) => {
  test.skip(!(await apiHas(...needed)), 'the API does not serve the members/services routes yet');
  await mainFlow(page, panel, 'en');
});

test('the same main flow in French', async ({ page, panel }) => {
  test.skip(!(await apiHas(...needed)), 'the API does not serve the members/services routes yet');
  await page.context().addCookies([{ name: 'mandate_locale', value: 'fr', url: panel }]);
  await mainFlow(page, panel, 'fr');
});

test('upgrade to manage with a second factor: the user is asked for it, enrols, then can edit', async ({
  page,
  panel,
  browser,
}) => {
  test.skip(!(await apiHas(...needed)), 'the API does not serve the members/services routes yet');
  const { owner, org, alpha } = await mainFlow(page, panel, 'en');
  const ownerPage = await (await browser.newContext()).newPage();
  const members = await owner.client.unwrap(
    (
      owner.client.GET as unknown as (
        p: string,
        i: object,
      ) => Promise<{
        data?: { users: { id: string; email: string }[] };
        error?: unknown;
        response: Response;
      }>
    )('/v1/orgs/{org}/members', { params: { path: { org: org.id } } }),
  );
  const ivan = members.users.find((u) => u.email.startsWith('invitee-'))!;
  await signInPanel(
    ownerPage,
    panel,
    owner.email,
    `/orgs/${org.id}/members/edit?grantee=user:${ivan.id}&scope=project:${alpha.id}`,
  );
  await ownerPage.locator('input[name="level.databases"][value=manage]').check();
  await ownerPage.locator('input[name=requireMfa]').check();
  await ownerPage.getByRole('button', { name: 'Preview changes' }).click();
  await expect(ownerPage.getByRole('heading', { name: 'What changes' })).toBeVisible();
  await expect(
    ownerPage.getByText('Careful: with this, the person can see passwords'),
  ).toBeVisible();
  await screenshot(ownerPage, 'panel-grant-preview');
  await expectAccessible(ownerPage, 'permission editor');
  await ownerPage.getByRole('button', { name: 'Save these permissions' }).click();
  await expect(ownerPage.getByText('Permissions saved.')).toBeVisible();

  // Stale edit in a second tab: 412 explained, form reloaded.
  const tab2 = await ownerPage.context().newPage();
  await tab2.goto(ownerPage.url().replace('&saved=1', ''));
  await ownerPage.locator('input[name="level.databases"][value=read]').check();
  await ownerPage.getByRole('button', { name: 'Preview changes' }).click();
  await ownerPage.getByRole('button', { name: 'Save these permissions' }).click();
  await tab2.locator('input[name="level.databases"][value=none]').check();
  await tab2.locator('input[name="level.sites"][value=read]').check();
  await tab2.getByRole('button', { name: 'Preview changes' }).click();
  await tab2.getByRole('button', { name: 'Save these permissions' }).click();
  await expect(tab2.getByText('Someone else changed this while you were editing.')).toBeVisible();
  await screenshot(tab2, 'panel-grant-stale');

  // Back to manage + MFA for the user's part.
  await ownerPage.locator('input[name="level.databases"][value=manage]').check();
  await ownerPage.getByRole('button', { name: 'Preview changes' }).click();
  await ownerPage.getByRole('button', { name: 'Save these permissions' }).click();

  await page.goto(`${panel}/orgs/${org.id}/projects/${alpha.id}/databases`);
  await page.getByRole('link', { name: 'alpha-db' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await page.goto(`${panel}/account/security`);
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
  await page.getByLabel('Code').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.goto(`${panel}/orgs/${org.id}/projects/${alpha.id}/databases`);
  await page.getByRole('link', { name: 'alpha-db' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
});
