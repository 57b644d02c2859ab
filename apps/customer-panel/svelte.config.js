import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // Forms post to the panel's own origin (ORIGIN env at runtime); keep Kit's CSRF check.
    csrf: { trustedOrigins: [] },
  },
};

export default config;
