import { redirect } from '@sveltejs/kit';
import { formFailure, invalid } from '$lib/server/errors';
import { requireOwner } from '$lib/server/owner';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
  requireOwner((await parent()).permissions);
  return {};
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    const form = await request.formData();
    const typed = String(form.get('name') ?? '').trim();
    const org = await locals.api.org(params.org).catch(() => null);
    if (!org || typed !== org.name) return invalid(locals.locale, { name: 'close.mismatch' });
    try {
      await locals.api.closeOrg(params.org);
    } catch (err) {
      return formFailure(err, locals.locale);
    }
    redirect(303, `/orgs/${params.org}`);
  },
};
