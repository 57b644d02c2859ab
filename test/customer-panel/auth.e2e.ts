import { expect, expectAccessible, password, screenshot, test, uniqueEmail } from '../fixtures.js';

test('a visitor signs up, creates an organization, signs out and back in', async ({
  page,
  panel,
}) => {
  const email = uniqueEmail('owner');
  await page.goto(`${panel}/signup`);
  await screenshot(page, 'panel-signup');
  await expectAccessible(page, 'sign-up');

  // Errors are shown next to their field.
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByText('This field is required.').first()).toBeVisible();

  await page.getByLabel('Your name').fill('Olive Owner');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { name: 'Your organizations' })).toBeVisible();
  await expect(page.getByText('You do not belong to any organization yet.')).toBeVisible();
  await screenshot(page, 'panel-orgs-empty');
  await expectAccessible(page, 'organizations');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('wrong password!!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('E-mail or password is wrong.')).toBeVisible();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your organizations' })).toBeVisible();
  await screenshot(page, 'panel-signin');
});
