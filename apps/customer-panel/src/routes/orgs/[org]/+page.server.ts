import { redirect } from '@sveltejs/kit';
import { formFailure, invalid } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ welcome: url.searchParams.has('welcome') });

const named = async (request: Request) =>
  String((await request.formData()).get('name') ?? '').trim();

export const actions: Actions = {
  project: async ({ locals, params, request }) => {
    const name = await named(request);
    if (!name) return invalid(locals.locale, { name: 'auth.required' }, { form: 'project' });
    let id: string;
    try {
      id = (await locals.api.createProject(params.org, { name })).id;
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'project', name });
    }
    redirect(303, `/orgs/${params.org}/projects/${id}`);
  },
  server: async ({ locals, params, request }) => {
    const name = await named(request);
    if (!name) return invalid(locals.locale, { name: 'auth.required' }, { form: 'server' });
    let id: string;
    try {
      id = (await locals.api.createServer(params.org, { name })).id;
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'server', name });
    }
    redirect(303, `/orgs/${params.org}/servers/${id}`);
  },
};
