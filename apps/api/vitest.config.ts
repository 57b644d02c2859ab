import { defineConfig } from 'vitest/config';

// Integration tests hit a real PostgreSQL: global-setup creates one fresh database per run.
export default defineConfig({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
