import type { Evaluator, Target } from '../src/index.js';
import { catalog } from '../src/index.js';

/**
 * The floor: every user's level on every section × place precomputed into one Uint8Array,
 * so a check is a Map lookup and an array read. Places: 0 organization, then projects, then servers.
 */
const SECTIONS = catalog.sections.map((s) => s.id);
const S = SECTIONS.length;
const sectionIdx = new Map(SECTIONS.map((id, i) => [id, i]));
const rank = { none: 0, read: 1, manage: 2 } as const;

export const placeIndex = (projects: string[], servers: string[]) => {
  const places = new Map<string, number>();
  for (const [i, p] of projects.entries()) places.set(`p:${p}`, 1 + i);
  for (const [i, s] of servers.entries()) places.set(`s:${s}`, 1 + projects.length + i);
  return places;
};

export const buildFloor = (
  ev: Evaluator,
  users: string[],
  projects: string[],
  servers: string[],
  now: Date,
): Map<string, Uint8Array> => {
  const places = placeIndex(projects, servers);
  const size = (1 + projects.length + servers.length) * S;
  const tables = new Map<string, Uint8Array>();
  for (const userId of users) {
    const eff = ev.effective({ kind: 'user', userId, mfa: false }, now);
    const table = new Uint8Array(size);
    for (const [id, cell] of Object.entries(eff.org)) table[sectionIdx.get(id)!] = rank[cell.level];
    for (const [p, cells] of Object.entries(eff.projects)) {
      const base = places.get(`p:${p}`)! * S;
      for (const [id, cell] of Object.entries(cells))
        table[base + sectionIdx.get(id)!] = rank[cell.level];
    }
    for (const [srv, cells] of Object.entries(eff.servers)) {
      const base = places.get(`s:${srv}`)! * S;
      for (const [id, cell] of Object.entries(cells))
        table[base + sectionIdx.get(id)!] = rank[cell.level];
    }
    tables.set(userId, table);
  }
  return tables;
};

/** A target's slot in a user's table, resolved when the query stream is generated. */
export const slotOf = (places: Map<string, number>, t: Target): number => {
  const s = sectionIdx.get(t.section)!;
  const info = catalog.sections[s]!;
  const place =
    info.scope === 'project' || (t.section === 'members' && t.project !== undefined)
      ? places.get(`p:${t.project}`)!
      : info.scope === 'server'
        ? places.get(`s:${t.server}`)!
        : 0;
  return place * S + s;
};
