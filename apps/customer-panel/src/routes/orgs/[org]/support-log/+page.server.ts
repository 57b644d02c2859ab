import { loadFailure } from '$lib/server/errors';
import { requireOwner } from '$lib/server/owner';
import type { PageServerLoad } from './$types';

// R43: every assessment, approval request and action of support, for the owner to read.
export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  requireOwner((await parent()).permissions);
  try {
    const [log, members] = await Promise.all([
      locals.api.supportLog(params.org),
      locals.api.members(params.org),
    ]);
    return { entries: log.items, users: members.users };
  } catch (err) {
    loadFailure(err, url);
  }
};
