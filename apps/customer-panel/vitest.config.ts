import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Plain logic only (formatting, grouping, form parsing): no Svelte compilation needed.
// tsconfigRaw as a string keeps esbuild from reading tsconfig.json, which extends the generated
// .svelte-kit/tsconfig.json that does not exist before `svelte-kit sync`.
export default defineConfig({
  esbuild: {
    tsconfigRaw: JSON.stringify({
      compilerOptions: { verbatimModuleSyntax: true, target: 'ES2022' },
    }),
  },
  resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
  test: {
    name: 'customer-panel',
    include: ['src/lib/**/*.test.ts'],
    environment: 'node',
  },
});
