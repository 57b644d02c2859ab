import { parseExpiry } from '$lib/forms';
import { loadFailure } from '$lib/server/errors';
import { requireOwner } from '$lib/server/owner';
import type { PageServerLoad } from './$types';

/** The filters that are set (empty ones are not sent). */
const defined = (query: Record<string, string | null | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => !!e[1]));

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
      locals.api.audit(
        params.org,
        defined({
          actor: filters.actor,
          action: filters.action,
          from: parseExpiry(filters.from),
          to: parseExpiry(filters.to),
          cursor: q.get('cursor'),
        }),
      ),
      locals.api.members(params.org),
    ]);
    return { entries: log.items, nextCursor: log.nextCursor, users: members.users, filters };
  } catch (err) {
    loadFailure(err, url);
  }
};
