import { expect, expectAccessible, password, screenshot, test, uniqueEmail } from '../fixtures.js';

test('the panel speaks French when asked, and remembers it for the user', async ({
  page,
  panel,
}) => {
  await page.goto(`${panel}/signup`);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Créer un compte' })).toBeVisible();

  await page.getByRole('button', { name: 'Créer un compte' }).click();
  await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
  await page.getByLabel('Votre nom').fill('Fanny Français');
  const email = uniqueEmail('fanny');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Créer un compte' }).click();
  await expect(page.getByRole('heading', { name: 'Vos organisations' })).toBeVisible();
  await screenshot(page, 'panel-orgs-fr');
  await expectAccessible(page, 'organisations (fr)');

  // A new browser (no cookie) signing in gets the profile's language back.
  await page.context().clearCookies();
  await page.goto(`${panel}/signin`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Vos organisations' })).toBeVisible();

  await page.goto(`${panel}/account/security`);
  await expect(
    page.getByRole('heading', { name: 'Authentification à deux facteurs' }),
  ).toBeVisible();
  await screenshot(page, 'panel-security-fr');
  await expectAccessible(page, 'sécurité (fr)');
});
