import { defineConfig } from 'vitest/config';

// One run, one summary: every package's vitest project (unit, property, integration).
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
