import { defineConfig } from 'vitest/config';

// Unit tests of the console's own logic (grouping, parsing, messages). No SvelteKit plugin
// is needed: the tested modules are plain TypeScript.
export default defineConfig({
  test: {
    name: 'support-console',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
