import { error } from '@sveltejs/kit';
import { loadFailure } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// R12: billing is organization-wide; the list holds every service, even in projects the user
// cannot otherwise see. The API decides; the panel only asks when the Effective shows billing.
export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  const { permissions } = await parent();
  if (!permissions.isOwner && (permissions.org.billing?.level ?? 'none') === 'none') {
    error(404, { message: 'not_found' });
  }
  try {
    const [billing, invoices, services] = await Promise.all([
      locals.api.billing(params.org),
      locals.api.invoices(params.org),
      locals.api.billingServices(params.org),
    ]);
    return { billing, invoices: invoices.items, services: services.items };
  } catch (err) {
    loadFailure(err, url);
  }
};
