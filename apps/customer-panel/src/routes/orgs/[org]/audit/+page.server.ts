import { parseExpiry } from '$lib/forms';
import { loadFailure } from '$lib/server/errors';
import { requireOwner } from '$lib/server/owner';
import type { PageServerLoad } from './$types';

// R34: the append-only log, filtered by actor, action and time (GET form: works without JS).
export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  requireOwner((await parent()).permissions);
  const q = url.searchParams;
  const filters = {
    actor: q.get('actor') ?? '',
    action: q.get('action') ?? '',
    from: q.get('from') ?? '',
    to: q.get('to') ?? '',
  };
  try {
    const [log, members] = await Promise.all([
      locals.api.audit(params.org, {
        actor: filters.actor || undefined,
        action: filters.action || undefined,
        from: parseExpiry(filters.from) ?? undefined,
        to: parseExpiry(filters.to) ?? undefined,
        cursor: q.get('cursor') ?? undefined,
      }),
      locals.api.members(params.org),
    ]);
    return { entries: log.items, nextCursor: log.nextCursor, users: members.users, filters };
  } catch (err) {
    loadFailure(err, url);
  }
};
