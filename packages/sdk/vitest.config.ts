import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'sdk',
    include: ['src/**/*.test.ts'],
    // The API's own setup: one fresh PostgreSQL database per run (TEST_DATABASE_ADMIN_URL,
    // default postgres://postgres@127.0.0.1:5432/postgres), migrated, dropped at the end.
    globalSetup: ['../../apps/api/src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
