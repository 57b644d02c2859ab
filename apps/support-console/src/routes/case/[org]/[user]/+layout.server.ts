import { error } from '@sveltejs/kit';
import { readMfa } from '$lib/paths';
import { getMatrix } from '$lib/server/support';
import type { LayoutServerLoad } from './$types';

/**
 * Every screen of a case needs who is asking, about which organization, and whether the
 * request came with a second factor (R42): the matrix answer carries all three.
 */
export const load: LayoutServerLoad = async ({ locals, params, url }) => {
  const mfa = readMfa(url);
  const result = await getMatrix(locals.token ?? '', params.org, params.user, mfa);
  if (!result.ok) {
    error(result.status === 404 ? 404 : result.status >= 500 ? 503 : result.status, {
      message: result.detail,
      code: result.code,
    });
  }
  return { mfa, matrix: result.data };
};
