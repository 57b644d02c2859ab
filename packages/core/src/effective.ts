import { ORG, PROJECT, SERVER } from './measure.js';
import { grantsOf, levelOf, type PrincipalView } from './principal-view.js';
import { LEVEL_NAMES, MEMBERS, NONE, READ, SECTIONS } from './section-index.js';
import { cardOf } from './snapshot-index.js';
import type { Effective, EffectiveCell } from './types.js';

const cellAt = (
  v: PrincipalView,
  s: number,
  kind: number,
  id: string | undefined,
): EffectiveCell | null => {
  const level = levelOf(v, s, kind, id);
  if (level === NONE) return null;
  return {
    level: LEVEL_NAMES[level]!,
    grants: grantsOf(v, s, kind, id, level, cardOf),
    credentialsVisible: SECTIONS[s]!.cred && level >= READ,
  };
};

const placeCells = (
  v: PrincipalView,
  scope: 'project' | 'server',
  kind: number,
  id: string,
): Record<string, EffectiveCell> | null => {
  const cells: Record<string, EffectiveCell> = {};
  let any = false;
  SECTIONS.forEach((info, s) => {
    if (info.scope !== scope && !(kind === PROJECT && s === MEMBERS)) return;
    const cell = cellAt(v, s, kind, id);
    if (cell) {
      cells[info.id] = cell;
      any = true;
    }
  });
  return any ? cells : null;
};

/** R50, R51, R9: every section x place above `none`, with the grants behind it, and the menus. */
export const effectiveOf = (v: PrincipalView): Effective => {
  const out: Effective = {
    org: {},
    projects: {},
    servers: {},
    menus: { serverStatus: false, configuration: false },
  };
  SECTIONS.forEach((info, s) => {
    if (info.scope !== 'org') {
      // R9 menus are organization-wide: an organization-scope level counts with no place at all.
      if (levelOf(v, s, ORG, undefined) >= READ) {
        if (info.scope === 'project') out.menus.serverStatus = true;
        else out.menus.configuration = true;
      }
      return;
    }
    const cell = cellAt(v, s, ORG, undefined);
    if (cell) out.org[info.id] = cell;
  });
  for (const p of v.idx.projectList) {
    const cells = placeCells(v, 'project', PROJECT, p);
    if (!cells) continue;
    out.projects[p] = cells;
    if (Object.keys(cells).some((id) => id !== 'members')) out.menus.serverStatus = true;
  }
  for (const srv of v.idx.serverList) {
    const cells = placeCells(v, 'server', SERVER, srv);
    if (!cells) continue;
    out.servers[srv] = cells;
    out.menus.configuration = true;
  }
  return out;
};
