import { redirect } from '@sveltejs/kit';
import { clearSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies }) => {
    if (locals.sessionToken) await locals.api.signOut().catch(() => undefined);
    clearSession(cookies);
    redirect(303, '/signin?signedout=1');
  },
};
