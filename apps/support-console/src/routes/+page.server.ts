import { redirect } from '@sveltejs/kit';
import { caseHref } from '$lib/paths';
import { findRequester } from '$lib/server/support';
import type { PageServerLoad } from './$types';

/** Find the requester: by e-mail (the API lists their organizations), or by ids directly. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const mfa = url.searchParams.get('mfa') === 'yes';
  const org = url.searchParams.get('org')?.trim();
  const user = url.searchParams.get('user')?.trim();
  if (org && user) redirect(303, caseHref(org, user, mfa));

  const email = url.searchParams.get('email')?.trim() ?? '';
  if (!email || !locals.token)
    return { email, mfa, requester: null, searched: false, failed: false };
  const result = await findRequester(locals.token, email);
  if (!result.ok && result.status !== 404) {
    return { email, mfa, requester: null, searched: true, failed: true };
  }
  return { email, mfa, requester: result.ok ? result.data : null, searched: true, failed: false };
};
