import { catalog, type SectionInfo } from '@mandate/core';
import { error } from '@sveltejs/kit';
import type { Project, Server } from './api';

export type PlaceKind = 'projects' | 'servers';

export interface PlaceRef {
  kind: PlaceKind;
  id: string;
  name: string;
  /** The target fields of the API (`project` or `server`). */
  target: { project: string } | { server: string };
}

/** The project or server of a URL, among those the API listed for the caller (else 404, R15). */
export function findPlace(
  kind: string,
  id: string,
  lists: { projects: Project[]; servers: Server[] },
): PlaceRef {
  if (kind === 'projects') {
    const p = lists.projects.find((x) => x.id === id);
    if (p) return { kind, id, name: p.name, target: { project: id } };
  } else if (kind === 'servers') {
    const s = lists.servers.find((x) => x.id === id);
    if (s) return { kind, id, name: s.name, target: { server: id } };
  }
  error(404, { message: 'not_found' });
}

/** A section of the catalog that lives at this kind of place, else 404. */
export function sectionAt(kind: PlaceKind, id: string): SectionInfo {
  const section = catalog.sections.find((s) => s.id === id);
  const scope = kind === 'projects' ? 'project' : 'server';
  if (!section || section.scope !== scope) error(404, { message: 'not_found' });
  return section;
}

/** The actions a section page asks the API about (buttons show only what is allowed). */
export const pageActions = ['create', 'update', 'delete', 'view_credentials', 'purchase'] as const;
export type PageAction = (typeof pageActions)[number];
