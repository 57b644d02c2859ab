import type { CompiledCap } from './principal.js';
import { BILLING, MEMBERS, NONE, SECTIONS } from './section-index.js';
import type { Entry, SnapshotIndex, UserIndex } from './snapshot-index.js';

export const ORG = 0;
export const PROJECT = 1;
export const SERVER = 2;

/** A target resolved against the catalog and the snapshot. */
export interface Place {
  section: number;
  kind: number;
  id: string | undefined;
}

/**
 * Resolves a target (§10 "Unknown target"): null when the section, project or server is unknown.
 * Organization-scope sections ignore the place, except `members` with a project.
 * `out` lets `decide` reuse one object instead of allocating per call.
 */
export const resolvePlace = (
  idx: SnapshotIndex,
  section: number | undefined,
  project: string | undefined,
  server: string | undefined,
  out: Place = { section: 0, kind: ORG, id: undefined },
): Place | null => {
  if (section === undefined) return null;
  const scope = SECTIONS[section]!.scope;
  out.section = section;
  if (scope === 'project') {
    if (project === undefined || !idx.projects.has(project)) return null;
    out.kind = PROJECT;
    out.id = project;
  } else if (scope === 'server') {
    if (server === undefined || !idx.servers.has(server)) return null;
    out.kind = SERVER;
    out.id = server;
  } else if (section !== MEMBERS || project === undefined) {
    out.kind = ORG;
    out.id = undefined;
  } else {
    if (!idx.projects.has(project)) return null;
    out.kind = PROJECT;
    out.id = project;
  }
  return out;
};

/**
 * The levels of one user on one place. `ok` counts the grants the principal's factor allows
 * (R7), `all` counts MFA grants too; `tok*` are the same over the places a token's cap lets count.
 */
export interface Measure {
  ok: number;
  all: number;
  tokOk: number;
  tokAll: number;
}

const scan = (entries: Entry[] | undefined, s: number, mfa: boolean, now: number, m: Measure) => {
  if (!entries) return;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.expMs <= now) continue; // R8
    const level = e.levels[s]!;
    if (level > m.all) m.all = level;
    if (level > m.ok && (mfa || !e.requireMfa)) m.ok = level;
  }
};

export const placeEntries = (u: UserIndex, kind: number, id: string | undefined) =>
  kind === PROJECT ? u.projects.get(id!) : kind === SERVER ? u.servers.get(id!) : undefined;

/**
 * Whether a token's `cap.projects` lets a place count (§10 Token cap). Organization scope means
 * "every project, present and future", which a token limited to some projects does not hold: that
 * keeps `checkGrant` from letting such a token give project sections organization-wide (R31)
 * and the R9 menus from counting projects the token cannot reach.
 */
export const capCountsPlace = (cap: CompiledCap | null, kind: number, id: string | undefined) =>
  cap === null ||
  cap.projects === null ||
  kind === SERVER ||
  (kind === PROJECT && cap.projects.has(id!));

/** The cap's level on a section; a project-scope section at a project outside `cap.projects` is none. */
export const capOn = (cap: CompiledCap, s: number, placeCounts: boolean): number =>
  !placeCounts && SECTIONS[s]!.scope === 'project' ? NONE : cap.levels[s]!;

/** Fills `m` with the user's levels on section `s` at a place (R5). */
export const measure = (
  u: UserIndex | undefined,
  s: number,
  kind: number,
  id: string | undefined,
  mfa: boolean,
  now: number,
  placeCounts: boolean,
  m: Measure,
): Measure => {
  m.ok = m.all = m.tokOk = m.tokAll = NONE;
  if (!u) return m;
  scan(u.org, s, mfa, now, m);
  if (s === BILLING) scan(u.billing, s, mfa, now, m);
  if (kind === ORG) {
    m.tokOk = m.ok;
    m.tokAll = m.all;
    return m;
  }
  if (!placeCounts) {
    m.tokOk = m.ok;
    m.tokAll = m.all;
  }
  scan(placeEntries(u, kind, id), s, mfa, now, m);
  if (placeCounts) {
    m.tokOk = m.ok;
    m.tokAll = m.all;
  }
  return m;
};

/** customer_domain held (R13): [with the principal's factor, counting MFA grants too]. */
export const domainRole = (
  u: UserIndex | undefined,
  mfa: boolean,
  now: number,
): [boolean, boolean] => {
  let ok = false;
  let all = false;
  for (const e of u?.org ?? []) {
    if (!e.domainPurchase || e.expMs <= now) continue;
    all = true;
    if (mfa || !e.requireMfa) ok = true;
  }
  return [ok, all];
};

/** Ids of the applying grants whose level on `s` reaches `level` (§10 "grants in a decision"). */
export const citeGrants = <T>(
  u: UserIndex | undefined,
  s: number,
  kind: number,
  id: string | undefined,
  mfa: boolean,
  now: number,
  placeCounts: boolean,
  level: number,
  pick: (e: Entry) => T,
): T[] => {
  const out: T[] = [];
  if (!u || level === NONE) return out;
  cite(u.org, s, mfa, now, level, pick, out);
  if (s === BILLING) cite(u.billing, s, mfa, now, level, pick, out);
  if (kind !== ORG && placeCounts) cite(placeEntries(u, kind, id), s, mfa, now, level, pick, out);
  return out;
};

const cite = <T>(
  entries: Entry[] | undefined,
  s: number,
  mfa: boolean,
  now: number,
  level: number,
  pick: (e: Entry) => T,
  out: T[],
): void => {
  if (!entries) return;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.expMs > now && (mfa || !e.requireMfa) && e.levels[s]! >= level) out.push(pick(e));
  }
};
