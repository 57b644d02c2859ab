import { formFailure, loadFailure } from '$lib/server/errors';
import { requireOwner } from '$lib/server/owner';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  requireOwner((await parent()).permissions);
  try {
    const [approvals, members] = await Promise.all([
      locals.api.approvals(params.org),
      locals.api.members(params.org),
    ]);
    return { approvals: approvals.items, users: members.users };
  } catch (err) {
    loadFailure(err, url);
  }
};

// R41: the owner approves or denies what support asked to do, once, within its time limit.
const decide =
  (verdict: 'approve' | 'deny'): Actions[string] =>
  async ({ locals, params, request }) => {
    const id = String((await request.formData()).get('id') ?? '');
    try {
      await locals.api.decideApproval(params.org, id, verdict);
      return { decided: verdict };
    } catch (err) {
      return formFailure(err, locals.locale);
    }
  };

export const actions: Actions = { approve: decide('approve'), deny: decide('deny') };
