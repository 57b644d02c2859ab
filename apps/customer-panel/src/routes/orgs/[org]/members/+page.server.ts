import { formFailure, invalid, loadFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  try {
    return { members: await locals.api.members(params.org) };
  } catch (err) {
    loadFailure(err, url);
  }
};

const field = async (request: Request, ...names: string[]) => {
  const form = await request.formData();
  return names.map((n) => String(form.get(n) ?? '').trim());
};

export const actions: Actions = {
  team: async ({ locals, params, request }) => {
    const [name = ''] = await field(request, 'name');
    if (!name) return invalid(locals.locale, { name: 'auth.required' }, { form: 'team' });
    try {
      await locals.api.createTeam(params.org, name);
      return { done: 'team' };
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'team', name });
    }
  },
  addToTeam: async ({ locals, params, request }) => {
    const [team = '', user = ''] = await field(request, 'team', 'user');
    try {
      await locals.api.addTeamMember(params.org, team, user);
      return { done: 'addToTeam' };
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'addToTeam' });
    }
  },
  removeFromTeam: async ({ locals, params, request }) => {
    const [team = '', user = ''] = await field(request, 'team', 'user');
    try {
      await locals.api.removeTeamMember(params.org, team, user);
      return { done: 'removeFromTeam' };
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'removeFromTeam' });
    }
  },
  deleteTeam: async ({ locals, params, request }) => {
    const [team = ''] = await field(request, 'team');
    try {
      await locals.api.deleteTeam(params.org, team);
      return { done: 'deleteTeam' };
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'deleteTeam' });
    }
  },
  remove: async ({ locals, params, request }) => {
    const [user = ''] = await field(request, 'user');
    try {
      await locals.api.removeMember(params.org, user);
      return { done: 'remove' };
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'remove' });
    }
  },
  cancelInvitation: async ({ locals, params, request }) => {
    const [id = ''] = await field(request, 'id');
    try {
      await locals.api.cancelInvitation(params.org, id);
      return { done: 'cancelInvitation' };
    } catch (err) {
      return formFailure(err, locals.locale, { form: 'cancelInvitation' });
    }
  },
};
