import { catalog, type Principal } from '@mandate/core';
import type { VisibleSlice } from '../../db/services.js';
import type { OrgAuthz } from '../authz/evaluator-cache.js';

const placeSections = {
  project: catalog.sections.filter((s) => s.scope === 'project').map((s) => s.id),
  server: catalog.sections.filter((s) => s.scope === 'server').map((s) => s.id),
};

export interface ServiceQuery {
  section?: string | undefined;
  project?: string | undefined;
  server?: string | undefined;
}

/**
 * R15: the (section, place) pairs whose services a listing may show, decided by the evaluator
 * once per pair — never per row — and grouped so the SQL filter stays short: sections visible
 * at the same places share one clause, and `'all'` when every place of that kind is visible.
 *
 * @example visibleSlices(org, principal, now, { section: 'databases' })
 * // [{ sections: ['databases'], kind: 'project', places: ['prj_a'] }]
 */
export const visibleSlices = (
  org: OrgAuthz,
  principal: Principal,
  now: Date,
  q: ServiceQuery,
): VisibleSlice[] => {
  const slices = new Map<string, VisibleSlice>();
  for (const kind of ['project', 'server'] as const) {
    const known = kind === 'project' ? org.snapshot.projects : org.snapshot.servers;
    const wanted = kind === 'project' ? q.project : q.server;
    const other = kind === 'project' ? q.server : q.project;
    // A filter on one kind of place leaves out the sections of the other kind.
    const places = wanted ? known.filter((id) => id === wanted) : other ? [] : known;
    if (places.length === 0) continue;
    const sections = q.section
      ? placeSections[kind].filter((s) => s === q.section)
      : placeSections[kind];
    for (const section of sections) {
      const allowed = places.filter(
        (place) => org.evaluator.decide(principal, 'view', { section, [kind]: place }, now).allowed,
      );
      if (allowed.length === 0) continue;
      const all = !wanted && allowed.length === known.length;
      const key = `${kind}:${all ? '*' : allowed.join(',')}`;
      const slice = slices.get(key);
      if (slice) slice.sections.push(section);
      else slices.set(key, { sections: [section], kind, places: all ? 'all' : allowed });
    }
  }
  return [...slices.values()];
};
