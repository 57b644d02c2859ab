import { fail, redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/paths';
import { PENDING_COOKIE, setSession } from '$lib/server/cookies';
import { verifyTotp } from '$lib/server/support';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ cookies, url }) => {
  if (!cookies.get(PENDING_COOKIE)) redirect(303, '/signin');
  return { next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const pending = cookies.get(PENDING_COOKIE);
    if (!pending) return fail(400, { error: 'totpExpired' as const });
    const form = await request.formData();
    const code = String(form.get('code') ?? '').replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) return fail(400, { error: 'badCode' as const });
    const result = await verifyTotp(pending, code);
    if (!result.ok) {
      if (result.status === 401) return fail(400, { error: 'badCode' as const });
      return fail(result.status >= 500 ? 503 : 400, {
        error: result.status >= 500 ? ('apiUnreachable' as const) : ('badCode' as const),
      });
    }
    setSession(cookies, url, result.data.sessionToken);
    redirect(303, safeNext(form.get('next')));
  },
};
