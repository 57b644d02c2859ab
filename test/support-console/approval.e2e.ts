import { expect, expectAccessible, screenshot, sdk, signInPanel, test } from '../fixtures.js';
import { agentSession, createAgent, seedOrg, useAgentSession } from './helpers.js';

// R41 across both apps: the agent asks, the owner approves in the customer panel, the agent
// performs the action once, a second attempt is refused, and the owner's transparency log
// (R43) shows every step.

test('approval round trip: ask → owner approves in the panel → done once → refused again → logged', async ({
  page,
  browser,
  consoleUrl,
  panel,
}) => {
  // Two apps, two people, two approvals: longer than one screen's flow.
  test.setTimeout(Math.max(test.info().timeout, 150_000));
  const [agent, seeded] = await Promise.all([createAgent('Ada Agent'), seedOrg()]);
  const { org } = seeded;
  const read = seeded.users.read;
  const owner = seeded.users.owner;
  const created = `shopdb-approved-${Date.now().toString(36)}`;
  const reason = `Customer asked for a staging database (${created})`;

  // 1. The read requester may not create: the agent asks the owner.
  await useAgentSession(page, consoleUrl, await agentSession(agent));
  const cell = `${consoleUrl}/case/${org}/${read.id}/cell?mfa=no&section=databases&project=${seeded.projects.shop}`;
  await page.goto(cell);
  await expect(page.getByTestId('assessment')).toHaveAttribute(
    'data-create',
    'needs_owner_approval',
  );
  const ask = page.getByTestId('ask-form');
  await ask.getByLabel('Action').selectOption('create');
  await ask.getByLabel('Why (the owner reads this)').fill(reason);
  await ask.getByRole('button', { name: 'Send to the owner' }).click();
  await expect(page).toHaveURL(/\/approvals\/apr_/);
  const approvalUrl = page.url();
  const approvalId = new URL(approvalUrl).pathname.split('/').pop()!;
  await expect(page.getByTestId('approval-status')).toHaveText('Pending — waiting for the owner');
  await expect(page.getByTestId('approved-form')).toHaveCount(0);
  await expectAccessible(page, 'approval request (pending)');
  await screenshot(page, 'support-console-approval-pending');

  // 2. The owner approves it in the customer panel.
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signInPanel(ownerPage, panel, owner.email, `/orgs/${org}/approvals`);
  await expect(ownerPage).toHaveURL(new RegExp(`/orgs/${org}/approvals`));
  const request = ownerPage.locator(
    `[data-testid="approval-request"][data-approval-id="${approvalId}"]`,
  );
  await expect(request).toContainText(reason);
  await request.getByTestId('approval-approve').click();
  await expect(ownerPage.getByText('Approved.', { exact: true })).toBeVisible();

  // 3. The console's approval page follows the owner's answer by itself.
  await expect(page.getByTestId('approval-status')).toHaveText('Approved — you may do it once', {
    timeout: 15_000,
  });
  // A second tab keeps the approved form, to try it again afterwards.
  const second = await page.context().newPage();
  await second.goto(approvalUrl);
  await expect(second.getByTestId('approved-form')).toBeVisible();
  await page.bringToFront();

  // 4. The agent performs it: once.
  const form = page.getByTestId('approved-form');
  await form.getByLabel('Name of the new service').fill(created);
  await form.getByRole('button', { name: 'Do it now' }).click();
  await expect(page.getByTestId('action-done')).toBeVisible();
  await screenshot(page, 'support-console-approval-performed');
  await expect(page.getByTestId('services')).toContainText(created);
  await page.goto(approvalUrl);
  await expect(page.getByTestId('approval-status')).toHaveText('Used — already done once');
  await expect(page.getByTestId('approved-form')).toHaveCount(0);

  // 5. A second attempt with the same approval is refused.
  await second.bringToFront();
  const again = second.getByTestId('approved-form');
  await again.getByLabel('Name of the new service').fill(`${created}-again`);
  await again.getByRole('button', { name: 'Do it now' }).click();
  await expect(second.getByTestId('action-error')).toHaveAttribute(
    'data-code',
    'approval_not_usable',
  );
  await expect(second.getByTestId('action-error')).toContainText('already used');
  await screenshot(second, 'support-console-approval-refused');
  // …and created nothing: one service of that name, none of the second.
  const ownerApi = sdk(owner.token);
  const names: string[] = [];
  for await (const s of ownerApi.paginate('/v1/orgs/{org}/services', {
    params: { path: { org }, query: { section: 'databases', project: seeded.projects.shop } },
  }))
    names.push(s.name);
  expect(names.filter((n) => n.startsWith(created))).toEqual([created]);

  // 6. The owner's transparency log shows every step.
  await ownerPage.bringToFront();
  await ownerPage.goto(`${panel}/orgs/${org}/support-log`);
  const row = (kind: string, outcome?: string) => {
    const rows = ownerPage.locator(`[data-testid="support-log-row"][data-kind="${kind}"]`);
    return outcome ? rows.filter({ hasText: outcome }) : rows;
  };
  await expect(row('support.approval.request', 'requested')).toHaveCount(1);
  await expect(row('approval.approve')).toHaveCount(1);
  await expect(row('support.action.create', 'performed')).toHaveCount(1);
  await expect(row('support.action.create', 'refused:approval_not_usable')).toHaveCount(1);
  for (const r of [
    row('support.approval.request'),
    row('support.action.create', 'performed'),
    row('support.action.create', 'refused'),
  ]) {
    await expect(r).toContainText(agent.name);
  }

  // 7. A denied request does nothing: the console shows it denied and offers no action.
  await page.bringToFront();
  await page.goto(cell);
  const askAgain = page.getByTestId('ask-form');
  await askAgain.getByLabel('Action').selectOption('update');
  await askAgain.getByLabel('Service (Update)').selectOption({ label: seeded.services.shopDb });
  await askAgain.getByLabel('Why (the owner reads this)').fill(`Rename ${seeded.services.shopDb}`);
  await askAgain.getByRole('button', { name: 'Send to the owner' }).click();
  await expect(page.getByTestId('approval-status')).toHaveText('Pending — waiting for the owner');
  await ownerPage.bringToFront();
  await ownerPage.goto(`${panel}/orgs/${org}/approvals`);
  const denied = new URL(page.url()).pathname.split('/').pop()!;
  await ownerPage
    .locator(`[data-testid="approval-request"][data-approval-id="${denied}"]`)
    .getByTestId('approval-deny')
    .click();
  await expect(ownerPage.getByText('Denied.', { exact: true })).toBeVisible();
  await page.bringToFront();
  await expect(page.getByTestId('approval-status')).toHaveText('Denied by the owner', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('approved-form')).toHaveCount(0);
  await ownerPage.goto(`${panel}/orgs/${org}/support-log`);
  await expect(row('approval.deny')).toHaveCount(1);
  await ownerContext.close();
});
