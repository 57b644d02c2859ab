import {
  catalog,
  type Label,
  type ScopeKind,
  type SectionInfo,
  type SupportAssessment,
} from '@mandate/core';
import type { Locale } from './i18n/messages';
import type { Matrix } from './server/support';

/** A place of the organization, as the API's matrix names it (the organization's id too). */
export type Place = Matrix['places'][number];

/** One cell of the API's support matrix: a section at a place, and what support may do. */
export type Cell = Matrix['cells'][number];

export interface Row {
  section: SectionInfo;
  label: string;
  /** One per place of the table, in the table's place order; undefined when the API gave none. */
  cells: Array<SupportAssessment | undefined>;
}

export interface Group {
  id: string;
  label: string;
  rows: Row[];
}

export interface Table {
  scope: ScopeKind;
  places: Place[];
  groups: Group[];
}

/** The organization place is one, whatever its id: organization cells carry no place id. */
export const cellKey = (section: string, kind: ScopeKind, id: string | undefined): string =>
  `${section}|${kind}|${kind === 'org' ? '' : (id ?? '')}`;

const placeOfCell = (c: Cell): [ScopeKind, string | undefined] =>
  c.project !== undefined
    ? ['project', c.project]
    : c.server !== undefined
      ? ['server', c.server]
      : ['org', undefined];

export const label = (l: Label, locale: Locale): string => l[locale];

/**
 * Lays the API's matrix out as the catalog groups it: one table per scope kind (organization,
 * projects, servers), sections in catalog order under their group, one column per place.
 * Nothing here decides: every verdict is the API's assessment (core's `assessSupport`).
 * @example buildTables(places, cells, 'fr')[1].groups[0].label // 'Cloud et réseau'
 */
export const buildTables = (places: Place[], cells: Cell[], locale: Locale): Table[] => {
  const byKey = new Map<string, SupportAssessment>();
  for (const c of cells) {
    const [kind, id] = placeOfCell(c);
    byKey.set(cellKey(c.section, kind, id), c.assessment);
  }
  const scopes: ScopeKind[] = ['org', 'project', 'server'];
  return scopes.map((scope) => {
    const here = places.filter((p) => p.kind === scope);
    const groups = catalog.groups
      .filter((g) => g.scope === scope)
      .map((g) => ({
        id: g.id,
        label: label(g.label, locale),
        rows: catalog.sections
          .filter((s) => s.group === g.id && s.scope === scope)
          .map((s) => ({
            section: s,
            label: label(s.label, locale),
            cells: here.map((p) => byKey.get(cellKey(s.id, p.kind, p.id))),
          })),
      }))
      .filter((g) => g.rows.length > 0);
    return { scope, places: here, groups };
  });
};

/**
 * A place may be named only when the requester may disclose something there (R15, §7 last
 * row); otherwise the console shows a neutral placeholder and nothing else.
 */
export const placeDisclosed = (table: Table, index: number): boolean =>
  table.places[index]?.name != null &&
  table.groups.some((g) => g.rows.some((r) => r.cells[index]?.disclose === true));

/** Query parameters that name a cell's target for the cell page and the API. */
export const targetParams = (
  section: string,
  place: Place,
): { section: string; project?: string; server?: string } =>
  place.kind === 'project' && place.id
    ? { section, project: place.id }
    : place.kind === 'server' && place.id
      ? { section, server: place.id }
      : { section };

/**
 * The name of a target's place, or null when nothing may be disclosed there (R15): the
 * organization always has its name, a project or server only when some cell there discloses.
 */
export const disclosedPlaceName = (
  places: Place[],
  cells: Cell[],
  target: { project?: string; server?: string },
): string | null => {
  const kind: ScopeKind =
    target.project !== undefined ? 'project' : target.server !== undefined ? 'server' : 'org';
  const id = target.project ?? target.server;
  const place = places.find((p) => p.kind === kind && (kind === 'org' || p.id === id));
  if (!place) return null;
  if (kind === 'org') return place.name;
  const open = cells.some((c) => {
    const [k, i] = placeOfCell(c);
    return k === kind && i === id && c.assessment.disclose;
  });
  return open ? place.name : null;
};
