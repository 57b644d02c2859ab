import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// The organization switcher without JavaScript: a GET form lands here.
export const load: PageServerLoad = ({ url }) => {
  const org = url.searchParams.get('org') ?? '';
  redirect(303, /^org_[0-9a-z]+$/.test(org) ? `/orgs/${org}` : '/orgs');
};
