import { MANAGE, READ, SECTION_COUNT, rankOf, sectionIndex, withRelated } from './section-index.js';
import { parseTime } from './snapshot-index.js';
import type { Principal, TokenCap } from './types.js';

/** A token's cap as a level vector (R21), R6 applied inside it, readOnly folded in. */
export interface CompiledCap {
  levels: Uint8Array;
  projects: Set<string> | null;
}

const compiledCaps = new WeakMap<TokenCap, CompiledCap>();
const noCap: CompiledCap = { levels: new Uint8Array(SECTION_COUNT).fill(MANAGE), projects: null };
const readOnlyCap: CompiledCap = { levels: new Uint8Array(SECTION_COUNT).fill(READ), projects: null };

/** Caps are compiled once per cap object: a token's principal is usually reused across checks. */
export const compileCap = (cap: TokenCap | undefined): CompiledCap => {
  if (!cap) return noCap;
  const hit = compiledCaps.get(cap);
  if (hit) return hit;
  let levels: Uint8Array;
  if (cap.levels) {
    const named = new Uint8Array(SECTION_COUNT);
    for (const [id, level] of Object.entries(cap.levels)) {
      const s = sectionIndex.get(id);
      if (s !== undefined && level) named[s] = rankOf(level);
    }
    levels = withRelated(named); // §10: related sections follow inside a cap too
  } else {
    levels = (cap.readOnly ? readOnlyCap : noCap).levels.slice();
  }
  if (cap.readOnly) for (let s = 0; s < SECTION_COUNT; s++) if (levels[s]! > READ) levels[s] = READ;
  const compiled: CompiledCap = {
    levels,
    projects: Array.isArray(cap.projects) ? new Set(cap.projects) : null,
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

export const isToken = (p: Principal): p is Extract<Principal, { kind: 'token' }> =>
  p.kind === 'token';
