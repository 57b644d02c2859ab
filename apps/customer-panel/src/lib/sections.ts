import {
  catalog,
  type Effective,
  type EffectiveCell,
  type GroupInfo,
  type Level,
  type RoleInfo,
  type ScopeKind,
  type SectionInfo,
} from '@mandate/core';

export interface SectionGroup {
  group: GroupInfo;
  sections: SectionInfo[];
}

/**
 * The catalog's sections of one scope kind, grouped and ordered as the catalog groups them.
 * Owner-only sections are left out unless asked for (no grant can name them, R14).
 * @example groupedSections('project')[0]?.group.id // 'cloud'
 */
export function groupedSections(
  scope: ScopeKind,
  { ownerOnly = false }: { ownerOnly?: boolean } = {},
): SectionGroup[] {
  const out: SectionGroup[] = [];
  for (const group of catalog.groups) {
    const sections = catalog.sections.filter(
      (s) => s.group === group.id && s.scope === scope && (ownerOnly || !s.ownerOnly),
    );
    if (sections.length > 0) out.push({ group, sections });
  }
  return out;
}

/** Sections a grant at this scope kind may name: its own kind, plus `members` at project scope and `billing` anywhere (R5, R12). */
export function grantableSections(scope: ScopeKind): SectionGroup[] {
  const own = groupedSections(scope);
  if (scope === 'org') return own;
  const extras = catalog.sections.filter(
    (s) => s.id === 'billing' || (scope === 'project' && s.id === 'members'),
  );
  const orgGroup = catalog.groups.find((g) => g.id === 'organization');
  return orgGroup && extras.length > 0 ? [{ group: orgGroup, sections: extras }, ...own] : own;
}

/** Roles offered at a scope kind (customer roles at organization scope, hosting roles at project scope). */
export const rolesFor = (scope: ScopeKind): RoleInfo[] =>
  catalog.roles.filter((r) => r.scope === scope);

/** Position of a level in the catalog's ascending order. */
export const levelRank = (level: Level): number => catalog.levels.indexOf(level);

/** The levels up to and including `max`, in catalog order (what an editor may offer, R31). */
export const levelsUpTo = (max: Level): Level[] =>
  catalog.levels.filter((l) => levelRank(l) <= levelRank(max));

/** The place of an Effective a page looks at. */
export type Place = { org: true } | { project: string } | { server: string };

/** The cells of `effective` at a place (org, one project, one server); empty when absent. */
export function cellsAt(effective: Effective, place: Place): Record<string, EffectiveCell> {
  if ('project' in place) return effective.projects[place.project] ?? {};
  if ('server' in place) return effective.servers[place.server] ?? {};
  return effective.org;
}

/** The level the principal holds on a section at a place, as the API's Effective says. */
export function levelAt(effective: Effective, place: Place, section: string): Level {
  return cellsAt(effective, place)[section]?.level ?? 'none';
}

/**
 * Groups of sections at a place that the principal can see (level above `none`): sections at
 * `none` are absent, not greyed.
 */
export function visibleGroups(effective: Effective, place: Place): SectionGroup[] {
  const scope: ScopeKind = 'project' in place ? 'project' : 'server' in place ? 'server' : 'org';
  const cells = cellsAt(effective, place);
  return groupedSections(scope, { ownerOnly: true })
    .map(({ group, sections }) => ({
      group,
      sections: sections.filter((s) => (cells[s.id]?.level ?? 'none') !== 'none'),
    }))
    .filter((g) => g.sections.length > 0);
}

/** A role's levels, as the catalog defines the preset. */
export const roleLevels = (roleId: string): Record<string, Level> =>
  catalog.roles.find((r) => r.id === roleId)?.levels ?? {};
