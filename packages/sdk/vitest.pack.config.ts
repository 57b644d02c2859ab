import { defineConfig } from 'vitest/config';

// `pnpm test:pack` only (see test/pack.test.ts); the root run picks up vitest.config.ts alone.
export default defineConfig({
  test: {
    name: 'sdk-pack',
    include: ['test/pack.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
