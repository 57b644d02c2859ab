import { formFailure, loadFailure } from '$lib/server/errors';
import { requireOwner } from '$lib/server/owner';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  requireOwner((await parent()).permissions);
  try {
    return { company: await locals.api.company(params.org) };
  } catch (err) {
    loadFailure(err, url);
  }
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    const form = await request.formData();
    const body = {
      legalName: String(form.get('legalName') ?? '').trim(),
      address: String(form.get('address') ?? '').trim(),
      vatNumber: String(form.get('vatNumber') ?? '').trim(),
    };
    try {
      await locals.api.setCompany(params.org, body);
      return { saved: true };
    } catch (err) {
      return formFailure(err, locals.locale, body);
    }
  },
};
