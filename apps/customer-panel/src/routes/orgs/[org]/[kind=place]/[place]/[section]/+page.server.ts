import { redirect } from '@sveltejs/kit';
import type { PlaceSectionId, PurchaseBody, SectionId } from '$lib/server/api';
import { formFailure, invalid, loadFailure } from '$lib/server/errors';
import { findPlace, type PageAction, pageActions, sectionAt } from '$lib/server/place';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  const { projects, servers } = await parent();
  const place = findPlace(params.kind, params.place, { projects, servers });
  const section = sectionAt(place.kind, params.section);
  try {
    // The list leaves out what the caller may not see (R15); the buttons follow the API's
    // decisions for this section and place (R10, R11, R13).
    const [list, checks] = await Promise.all([
      locals.api.services(params.org, { section: section.id as SectionId, ...place.target }),
      locals.api.checkBatch(
        params.org,
        pageActions.map((action) => ({ action, section: section.id, ...place.target })),
      ),
    ]);
    const allowed = Object.fromEntries(
      pageActions.map((a, i) => [a, checks.decisions[i]?.allowed ?? false]),
    ) as Record<PageAction, boolean>;
    return {
      place,
      section,
      services: list.items,
      allowed,
      level: checks.decisions[0]?.level ?? 'none',
      created: url.searchParams.get('created'),
      deleted: url.searchParams.has('deleted'),
    };
  } catch (err) {
    loadFailure(err, url);
  }
};

const purchasable: string[] = ['domains', 'ip_addresses'] satisfies PurchaseBody['section'][];
const purchaseKinds: string[] = [
  'register',
  'renew',
  'transfer',
  'rent',
] satisfies PurchaseBody['kind'][];

export const actions: Actions = {
  create: async ({ locals, params, request }) => {
    const form = await request.formData();
    const name = String(form.get('name') ?? '').trim();
    const secret = String(form.get('secret') ?? '');
    if (!name) return invalid(locals.locale, { name: 'auth.required' }, { form: 'create', name });
    const kind = params.kind === 'projects' ? 'projects' : 'servers';
    const section = sectionAt(kind, params.section).id as PlaceSectionId;
    const target = kind === 'projects' ? { project: params.place } : { server: params.place };
    let id: string;
    try {
      id = (
        await locals.api.createService(params.org, {
          section,
          ...target,
          name,
          ...(secret ? { secret } : {}),
        })
      ).id;
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'create', name });
    }
    redirect(303, `/orgs/${params.org}/services/${id}?created=1`);
  },
  purchase: async ({ locals, params, request }) => {
    const form = await request.formData();
    const name = String(form.get('name') ?? '').trim();
    const kind = String(form.get('kind') ?? 'register') as PurchaseBody['kind'];
    const section = params.section as PurchaseBody['section'];
    if (!purchasable.includes(section) || !purchaseKinds.includes(kind))
      return invalid(locals.locale, { name: 'app.error' }, { form: 'purchase', name });
    if (!name) return invalid(locals.locale, { name: 'auth.required' }, { form: 'purchase', name });
    let id: string;
    try {
      id = (
        await locals.api.purchase(params.org, {
          section,
          project: params.place,
          name,
          kind,
        })
      ).id;
    } catch (err) {
      // R11: insufficient_balance is explained without the balance (errorText has the words).
      return formFailure(err, locals.locale, { form: 'purchase', name });
    }
    redirect(303, `/orgs/${params.org}/services/${id}?created=1`);
  },
};
