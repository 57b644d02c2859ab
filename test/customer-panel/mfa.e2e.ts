import {
  expect,
  expectAccessible,
  screenshot,
  signInPanel,
  signUpUser,
  test,
  totp,
} from '../fixtures.js';

test('a user enrols a second factor with the QR code, keeps recovery codes, then needs it to sign in', async ({
  page,
  panel,
}) => {
  const user = await signUpUser('Mia Mfa');
  await signInPanel(page, panel, user.email, '/account/security');
  await expect(page.getByText('Two-factor authentication is off.')).toBeVisible();
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await screenshot(page, 'panel-mfa-enrol');
  await expectAccessible(page, 'mfa enrol');
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';

  // A wrong code is explained next to the field, and the QR code stays.
  await page.getByLabel('Code').fill('000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('This code is not valid.')).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();

  await page.getByLabel('Code').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  const codes = await page
    .getByRole('list', { name: 'Your recovery codes' })
    .locator('li')
    .allTextContents();
  expect(codes.length).toBeGreaterThan(3);
  await screenshot(page, 'panel-mfa-recovery');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInPanel(page, panel, user.email);
  await expect(page.getByRole('heading', { name: 'Second factor' })).toBeVisible();
  await screenshot(page, 'panel-verify');
  await expectAccessible(page, 'verify');
  // A recovery code works too (once).
  await page.getByLabel('Code').fill(codes[0]!.trim());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Your organizations' })).toBeVisible();
});
