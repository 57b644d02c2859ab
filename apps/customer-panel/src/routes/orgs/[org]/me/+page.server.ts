import { redirect } from '@sveltejs/kit';
import { formFailure, invalid } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
  const { permissions } = await parent();
  // R32: the owner cannot renounce; the page is for members.
  if (permissions.isOwner) redirect(303, `/orgs/${params.org}`);
  return {};
};

export const actions: Actions = {
  renounce: async ({ locals, params, request }) => {
    const form = await request.formData();
    if (form.get('confirm') !== params.org) {
      return invalid(locals.locale, { confirm: 'me.confirmNeeded' });
    }
    try {
      await locals.api.renounce(params.org);
    } catch (err) {
      return formFailure(err, locals.locale);
    }
    redirect(303, '/orgs?renounced=1');
  },
};
