import { defineConfig, devices } from '@playwright/test';

// One API, both apps and a fresh PostgreSQL database for the whole run (global-setup.ts).
// Debian's Chromium, not a downloaded browser (DEVELOPERS.md).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: './test-results/output',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 2,
  // One retry: a flow that needs it is reported as flaky, never hidden.
  retries: 1,
  // Two shared cores run the API, both apps and two browsers: be patient, not flaky.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { outputFolder: './playwright-report', open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
