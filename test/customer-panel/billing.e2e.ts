import { expect, expectAccessible, screenshot, signInPanel, test } from '../fixtures.js';
import { acme, member } from './setup.js';

// SPEC §2: `billing` covers the balance, invoices and payments. R11: manage allows `create`,
// here adding funds; R12: read shows every payment and no way to pay.
test('a billing manager adds funds; a billing reader sees the payment and no way to pay', async ({
  page,
  panel,
}) => {
  const a = await acme('Acme Billing');
  const { user: reader } = await member(
    a,
    { scope: { org: true }, levels: { billing: 'read' } },
    'Rita Reader',
  );
  const billing = `/orgs/${a.org.id}/billing`;
  await signInPanel(page, panel, a.owner.email, billing);
  await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
  await expect(page.getByText('€90.00')).toBeVisible();

  const amount = page.getByLabel('Amount (EUR)');
  await amount.fill('lots');
  await page.getByRole('button', { name: 'Add funds' }).click();
  await expect(page.getByText('Enter an amount from 1.00 to 100,000.00')).toBeVisible();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');

  await amount.fill('25.50');
  await page.getByRole('button', { name: 'Add funds' }).click();
  await expect(page.getByText('Payment received: €25.50.')).toBeVisible();
  await expect(page.getByText('€115.50')).toBeVisible();
  const payments = page.getByRole('table', { name: 'Payments' });
  await expect(payments.getByRole('row').filter({ hasText: '€25.50' })).toContainText('Olga Owner');
  await screenshot(page, 'panel-page-billing-paid');
  await expectAccessible(page, 'billing-paid');

  await page.context().clearCookies();
  await signInPanel(page, panel, reader.email, billing);
  await expect(page.getByText('€115.50')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Payments' })).toContainText('€25.50');
  await expect(page.getByRole('button', { name: 'Add funds' })).toHaveCount(0);
});
