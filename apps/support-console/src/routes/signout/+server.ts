import { redirect } from '@sveltejs/kit';
import { clearSession } from '$lib/server/cookies';
import { signOut } from '$lib/server/support';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ cookies, locals }) => {
  if (locals.token) await signOut(locals.token);
  clearSession(cookies);
  redirect(303, '/signin');
};
