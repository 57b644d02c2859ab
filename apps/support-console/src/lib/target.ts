import { catalog, type Target } from '@mandate/core';

/**
 * Reads a cell's target from a URL's query (`section`, `project` or `server`), keeping only
 * what the section's scope uses. Unknown sections give null; the API decides the rest.
 * @example readTarget(new URLSearchParams('section=databases&project=p1')) // { section, project }
 */
export const readTarget = (q: URLSearchParams): Target | null => {
  const section = catalog.sections.find((s) => s.id === q.get('section'));
  if (!section) return null;
  const project = q.get('project') ?? undefined;
  const server = q.get('server') ?? undefined;
  if (section.scope === 'project') return project ? { section: section.id, project } : null;
  if (section.scope === 'server') return server ? { section: section.id, server } : null;
  return { section: section.id };
};

/** The target as query parameters (for links and forms). */
export const targetQuery = (t: Target): Record<string, string | undefined> => ({
  section: t.section,
  project: t.project,
  server: t.server,
});
