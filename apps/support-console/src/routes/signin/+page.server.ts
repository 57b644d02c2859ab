import { fail, redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/paths';
import { setPending } from '$lib/server/cookies';
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
    const next = safeNext(form.get('next'));
    if (!email || !password) return fail(400, { email, error: 'badCredentials' as const });
    const result = await signIn(email, password);
    if (!result.ok) {
      const error =
        result.status >= 500 ? ('apiUnreachable' as const) : ('badCredentials' as const);
      return fail(result.status >= 500 ? 503 : 400, { email, error });
    }
    // Staff must pass the second factor (mandatory): the session is kept aside until then.
    setPending(cookies, url, result.data.sessionToken);
    redirect(303, `/signin/totp?next=${encodeURIComponent(next)}`);
  },
};
