import { loadFailure } from '$lib/server/errors';
import { requireSession } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

// Everything under an organization knows the organization, the caller's Effective permissions
// (decided by the API through @mandate/core), and the projects and servers the caller may see.
export const load: LayoutServerLoad = async ({ locals, params, url }) => {
  requireSession(locals, url);
  try {
    const [org, permissions, projects, servers, mine] = await Promise.all([
      locals.api.org(params.org),
      locals.api.myPermissions(params.org),
      locals.api.projects(params.org),
      locals.api.servers(params.org),
      locals.api.myOrgs(),
    ]);
    return {
      org,
      permissions,
      projects: projects.projects,
      servers: servers.servers,
      organizations: mine.organizations,
    };
  } catch (err) {
    loadFailure(err, url);
  }
};
