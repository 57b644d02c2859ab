import { MandateError } from '@mandate/sdk';
import { redirect } from '@sveltejs/kit';
import { formFailure, loadFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

// R33: the link lands here; a signed-in user accepts and the pending grants bind to them.
export const load: PageServerLoad = async ({ locals, params, url, parent }) => {
  const { me } = await parent();
  try {
    const invitation = await locals.api.invitation(params.token);
    return { invitation, state: invitation.state, signedInAs: me?.email ?? null };
  } catch (err) {
    if (err instanceof MandateError && (err.status === 404 || err.status === 400)) {
      return { invitation: null, state: 'unknown' as const, signedInAs: me?.email ?? null };
    }
    loadFailure(err, url);
  }
};

export const actions: Actions = {
  default: async ({ locals, params, url }) => {
    if (!locals.sessionToken || locals.mfaPending) {
      redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
    }
    let orgId: string;
    try {
      orgId = (await locals.api.acceptInvitation(params.token)).orgId;
    } catch (err) {
      return formFailure(err, locals.locale);
    }
    redirect(303, `/orgs/${orgId}?welcome=1`);
  },
};
