import { error } from '@sveltejs/kit';
import { parseAmount } from '$lib/forms';
import { formFailure, invalid, loadFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

// R12: billing is organization-wide; the list holds every service, even in projects the user
// cannot otherwise see. The API decides; the panel only asks when the Effective shows billing.
export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  const { permissions } = await parent();
  const level = permissions.org.billing?.level ?? 'none';
  if (level === 'none') error(404, { message: 'not_found' });
  try {
    const [billing, invoices, payments, services] = await Promise.all([
      locals.api.billing(params.org),
      locals.api.invoices(params.org),
      locals.api.payments(params.org),
      locals.api.billingServices(params.org),
    ]);
    return {
      billing,
      invoices: invoices.items,
      payments: payments.items,
      services: services.items,
      // R11: manage allows `create`, here a payment; the API checks it again.
      canPay: level === 'manage',
    };
  } catch (err) {
    loadFailure(err, url);
  }
};

export const actions: Actions = {
  addFunds: async ({ locals, params, request }) => {
    const parsed = parseAmount(await request.formData());
    if (!parsed.ok) return invalid(locals.locale, parsed.errors, parsed.values);
    try {
      const paid = await locals.api.addFunds(params.org, parsed.value);
      return { paidCents: paid.payment.amountCents, currency: paid.payment.currency };
    } catch (err) {
      const failure = formFailure(err, locals.locale);
      const amountError = failure.data.fields.amountCents;
      if (amountError) failure.data.fields = { amount: amountError };
      return failure;
    }
  },
};
