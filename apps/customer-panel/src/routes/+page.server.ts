import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.sessionToken) redirect(303, '/signin');
  if (locals.mfaPending) redirect(303, '/signin/verify');
  redirect(303, '/orgs');
};
