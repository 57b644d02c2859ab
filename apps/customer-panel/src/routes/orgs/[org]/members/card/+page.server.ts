import { catalog } from '@mandate/core';
import { loadFailure } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// R51: every grant that applies at the organization, a project or a server; "why?" asks the
// API for one grantee's decision on one section there (reason and grants behind it).
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const project = url.searchParams.get('project') ?? undefined;
  const server = url.searchParams.get('server') ?? undefined;
  const place = project ? { project } : server ? { server } : {};
  try {
    const [card, members] = await Promise.all([
      locals.api.permissionsCard(params.org, place),
      locals.api.members(params.org),
    ]);
    const why = url.searchParams.get('why');
    let explanation = null;
    if (why) {
      const [user, section] = why.split('|');
      if (user && section && catalog.sections.some((s) => s.id === section)) {
        const decision = await locals.api.check(params.org, {
          action: 'view',
          section,
          user,
          ...place,
        });
        explanation = { user, section, decision };
      }
    }
    return { rows: card.rows, members, place, explanation };
  } catch (err) {
    loadFailure(err, url);
  }
};
