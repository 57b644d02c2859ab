import { redirect } from '@sveltejs/kit';
import { formFailure, invalid, loadFailure } from '$lib/server/errors';
import { requireSession } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireSession(locals, url);
  try {
    const { organizations } = await locals.api.myOrgs();
    return { organizations, renounced: url.searchParams.has('renounced') };
  } catch (err) {
    loadFailure(err, url);
  }
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    const name = String((await request.formData()).get('name') ?? '').trim();
    if (!name) return invalid(locals.locale, { name: 'auth.required' });
    let id: string;
    try {
      id = (await locals.api.createOrg(name)).id;
    } catch (err) {
      return formFailure(err, locals.locale);
    }
    redirect(303, `/orgs/${id}`);
  },
};
