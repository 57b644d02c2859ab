import { catalog } from '@mandate/core';
import { error, redirect } from '@sveltejs/kit';
import { formFailure, invalid, loadFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

const detailActions = ['update', 'delete', 'view_credentials'] as const;

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  const { projects, servers } = await parent();
  try {
    const service = await locals.api.service(params.org, params.id);
    const section = catalog.sections.find((s) => s.id === service.section);
    if (!section) error(404, { message: 'not_found' });
    const target = service.projectId
      ? { project: service.projectId }
      : service.serverId
        ? { server: service.serverId }
        : {};
    const place = service.projectId
      ? {
          kind: 'projects',
          id: service.projectId,
          name: projects.find((p) => p.id === service.projectId)?.name ?? service.projectId,
        }
      : service.serverId
        ? {
            kind: 'servers',
            id: service.serverId,
            name: servers.find((s) => s.id === service.serverId)?.name ?? service.serverId,
          }
        : null;
    const { decisions } = await locals.api.checkBatch(
      params.org,
      detailActions.map((action) => ({ action, section: section.id, ...target })),
    );
    const [update, del, creds] = decisions;
    return {
      service,
      section,
      place,
      allowed: { update: !!update?.allowed, delete: !!del?.allowed },
      credentialsVisible: !!creds?.credentialsVisible && !!creds?.allowed,
      created: url.searchParams.has('created'),
      updated: url.searchParams.has('updated'),
    };
  } catch (err) {
    loadFailure(err, url);
  }
};

export const actions: Actions = {
  // R10: every reveal is an API call the API audits; the secret is never in the page before.
  reveal: async ({ locals, params }) => {
    try {
      const { secret } = await locals.api.credentials(params.org, params.id);
      return { revealed: secret ?? '' };
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'reveal' });
    }
  },
  update: async ({ locals, params, request }) => {
    const form = await request.formData();
    const name = String(form.get('name') ?? '').trim();
    const secret = String(form.get('secret') ?? '');
    if (!name) return invalid(locals.locale, { name: 'auth.required' }, { form: 'update', name });
    try {
      await locals.api.updateService(params.org, params.id, {
        name,
        ...(secret ? { secret } : {}),
      });
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'update', name });
    }
    redirect(303, `/orgs/${params.org}/services/${params.id}?updated=1`);
  },
  delete: async ({ locals, params, request }) => {
    const form = await request.formData();
    const back = String(form.get('back') ?? `/orgs/${params.org}`);
    try {
      await locals.api.deleteService(params.org, params.id);
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'delete' });
    }
    redirect(
      303,
      `${back.startsWith(`/orgs/${params.org}`) ? back : `/orgs/${params.org}`}?deleted=1`,
    );
  },
};
