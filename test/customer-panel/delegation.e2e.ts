import {
  addFunds,
  apiLog,
  expect,
  type Page,
  password,
  screenshot,
  signInPanel,
  signUpUser,
  test,
} from '../fixtures.js';
import { invitationLink } from './setup.js';

// Issue #7's main flow.
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
  await addFunds(api, org.id, 100_00);
  for (const [project, name] of [
    [alpha.id, 'alpha-db'],
    [beta.id, 'beta-db'],
  ] as const) {
    await api.unwrap(
      api.POST('/v1/orgs/{org}/services', {
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
  const beta404 = await page.goto(`${panel}/orgs/${org.id}/projects/${beta.id}/databases`);
  expect(beta404?.status()).toBe(404);
  return { owner, org, alpha, beta };
}

test('owner invites with read on one project; the user sees its passwords, no edit, no other project', async ({
  page,
  panel,
}) => {
  await mainFlow(page, panel, 'en');
});

test('the same main flow in French', async ({ page, panel }) => {
  await page.context().addCookies([{ name: 'mandate_locale', value: 'fr', url: panel }]);
  await mainFlow(page, panel, 'fr');
});
