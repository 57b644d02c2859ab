import { createMandateClient } from '@mandate/sdk';
import {
  expect,
  expectAccessible,
  password,
  screenshot,
  test,
  totp,
  uniqueEmail,
  urls,
} from '../fixtures.js';
import { createAgent, signInConsole } from './helpers.js';

test.describe('support console: staff sign-in', () => {
  test('an agent signs in with password and second factor, then signs out', async ({
    page,
    consoleUrl,
  }) => {
    const agent = await createAgent();
    await page.goto(consoleUrl);
    await expect(page).toHaveURL(/\/signin/);
    await expectAccessible(page, 'console sign-in');
    await screenshot(page, 'support-console-signin');
    await signInConsole(page, consoleUrl, agent);
    await expect(page.getByText(`Signed in as ${agent.name}`)).toBeVisible();
    await expectAccessible(page, 'console find requester');
    await page.getByLabel('Requester’s e-mail').fill('nobody@e2e.example.test');
    await page.getByRole('button', { name: 'Find' }).click();
    await expect(page.getByTestId('no-requester').or(page.getByRole('alert'))).toBeVisible();
    await screenshot(page, 'support-console-find');
    // The session lives in an httpOnly cookie: nothing readable by the page.
    expect(await page.evaluate(() => document.cookie)).not.toContain('mss_');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto(`${consoleUrl}/`);
    await expect(page).toHaveURL(/\/signin/);
  });

  test('a wrong second factor is refused', async ({ page, consoleUrl }) => {
    const agent = await createAgent();
    await page.goto(`${consoleUrl}/signin`);
    await page.getByLabel('E-mail').fill(agent.email);
    await page.getByLabel('Password').fill(agent.password);
    const wrong = totp(agent.secret) === '000000' ? '111111' : '000000';
    await page.getByLabel('Code').fill(wrong);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('Wrong e-mail or password');
    await expect(page).toHaveURL(/\/signin/);
  });

  test('a customer cannot sign in to the console, even with a session token', async ({
    page,
    consoleUrl,
    context,
  }) => {
    const email = uniqueEmail('customer');
    const api = createMandateClient({ baseUrl: urls.api });
    const { sessionToken } = await api.unwrap(
      api.POST('/v1/auth/signup', {
        body: { email, password, name: 'Casey Customer', locale: 'en' },
      }),
    );
    await page.goto(`${consoleUrl}/signin`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Code').fill('123456');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    // A customer session planted in the console's cookie is refused too.
    await context.addCookies([{ name: 'mss_session', value: sessionToken, url: consoleUrl }]);
    await page.goto(`${consoleUrl}/`);
    await expect(page).toHaveURL(/\/signin/);
  });
});
