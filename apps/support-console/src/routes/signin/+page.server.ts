import { fail, redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/paths';
import { setSession } from '$lib/server/cookies';
import { signIn } from '$lib/server/support';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.agent) redirect(303, safeNext(url.searchParams.get('next')));
  return { next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const code = String(form.get('code') ?? '').replace(/\s+/g, '');
    const next = safeNext(form.get('next'));
    if (!email || !password) return fail(400, { email, error: 'badCredentials' as const });
    // Staff always pass a second factor: no code, no session (the API enforces it too).
    if (!/^\d{6}$/.test(code)) return fail(400, { email, error: 'badCode' as const });
    const result = await signIn(email, password, code);
    if (!result.ok) {
      if (result.status >= 500) return fail(503, { email, error: 'apiUnreachable' as const });
      if (result.status === 429) return fail(429, { email, error: 'tooManyAttempts' as const });
      return fail(400, { email, error: 'badCredentials' as const });
    }
    setSession(cookies, url, result.data.sessionToken);
    redirect(303, next);
  },
};
