import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => ({
  locale: locals.locale,
  agent: locals.agent,
  path: url.pathname + url.search,
});
