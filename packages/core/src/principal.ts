import { isLevel } from './catalog.js';
import { MANAGE, READ, rankOf, SECTION_COUNT, sectionIndex, withRelated } from './section-index.js';
import { parseTime } from './snapshot-index.js';
import type { Principal, TokenCap } from './types.js';

/** A token's cap as a level vector (R21), R6 applied inside it, readOnly folded in. */
export interface CompiledCap {
  levels: Uint8Array;
  projects: Set<string> | null;
}

const compiledCaps = new WeakMap<TokenCap, CompiledCap>();
const noCap: CompiledCap = { levels: new Uint8Array(SECTION_COUNT).fill(MANAGE), projects: null };
const readOnlyCap: CompiledCap = {
  levels: new Uint8Array(SECTION_COUNT).fill(READ),
  projects: null,
};
const closedCap: CompiledCap = { levels: new Uint8Array(SECTION_COUNT), projects: new Set() };

/** `cap.projects`: absent means every project; anything but a list of ids means none. */
const projectsOf = (projects: unknown): Set<string> | null => {
  if (projects === undefined || projects === null) return null;
  return new Set(Array.isArray(projects) ? projects.filter((p) => typeof p === 'string') : []);
};

/** Caps are compiled once per cap object: a token's principal is usually reused across checks. */
export const compileCap = (cap: TokenCap | undefined): CompiledCap => {
  // `null` is how storage spells "no cap"; any other non-object narrows to nothing (R21, fail closed).
  if (cap === undefined || cap === null) return noCap;
  if (typeof cap !== 'object') return closedCap;
  const hit = compiledCaps.get(cap);
  if (hit) return hit;
  let levels: Uint8Array;
  if (typeof cap.levels === 'object' && cap.levels !== null) {
    const named = new Uint8Array(SECTION_COUNT);
    for (const [id, level] of Object.entries(cap.levels)) {
      const s = sectionIndex.get(id);
      if (s !== undefined && isLevel(level)) named[s] = rankOf(level);
    }
    levels = withRelated(named); // §10: related sections follow inside a cap too
  } else if (cap.levels === undefined || cap.levels === null) {
    levels = (cap.readOnly ? readOnlyCap : noCap).levels.slice();
  } else {
    levels = closedCap.levels.slice(); // a `levels` that is not a record allows nothing (fail closed)
  }
  if (cap.readOnly) for (let s = 0; s < SECTION_COUNT; s++) if (levels[s]! > READ) levels[s] = READ;
  const compiled: CompiledCap = {
    levels,
    projects: projectsOf(cap.projects),
  };
  compiledCaps.set(cap, compiled);
  return compiled;
};

const expiryCache = new Map<string, number>();
/** Token expiry strings repeat on every request of a token: parse each once. */
export const expiryOf = (iso: string | undefined): number => {
  if (iso === undefined) return Number.POSITIVE_INFINITY;
  let ms = expiryCache.get(iso);
  if (ms === undefined) {
    if (expiryCache.size > 50_000) expiryCache.clear();
    ms = parseTime(iso);
    expiryCache.set(iso, ms);
  }
  return ms;
};

type Token = Extract<Principal, { kind: 'token' }>;

/** A token's cap and expiry, compiled once per principal object. */
interface TokenView {
  cap: unknown;
  expiresAt: unknown;
  compiled: CompiledCap;
  expMs: number;
}
const tokenViews = new WeakMap<Token, TokenView>();

/**
 * One lookup per token check instead of two (cap, expiry): keeps token decisions close to user
 * ones. A cached view is used only while the principal still holds the same cap and expiry.
 */
export const tokenView = (who: Token): TokenView => {
  const hit = tokenViews.get(who);
  if (hit && hit.cap === who.cap && hit.expiresAt === who.expiresAt) return hit;
  const view: TokenView = {
    cap: who.cap,
    expiresAt: who.expiresAt,
    compiled: compileCap(who.cap),
    expMs: expiryOf(who.expiresAt),
  };
  tokenViews.set(who, view);
  return view;
};
