import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Plain logic, plus `.svelte.ts` modules (runes), which the Svelte plugin compiles; no components.
// tsconfigRaw as a string keeps esbuild from reading tsconfig.json, which extends the generated
// .svelte-kit/tsconfig.json that does not exist before `svelte-kit sync`.
export default defineConfig({
  plugins: [svelte({ configFile: false })],
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
