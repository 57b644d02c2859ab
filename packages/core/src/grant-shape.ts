import { isLevel, roleInfo } from './catalog.js';
import {
  BILLING,
  MEMBERS,
  rankOf,
  SECTION_COUNT,
  SECTIONS,
  sectionIndex,
  withRelated,
} from './section-index.js';
import type { Grant, RoleInfo, ScopeKind } from './types.js';

export type ShapeError = 'invalid_grant' | 'unknown_section' | 'wrong_scope' | 'owner_only';

export interface GrantShape {
  scopeKind: ScopeKind;
  placeId: string | undefined;
  /** Levels the grant names, per section index, before R6. */
  named: Uint8Array;
  /** Levels the grant gives, per section index, with R6 related sections folded in. */
  levels: Uint8Array;
  /** customer_domain: may purchase domains without billing (R13). */
  domainPurchase: boolean;
}

export const scopeOf = (scope: unknown): { kind: ScopeKind; id: string | undefined } | null => {
  if (typeof scope !== 'object' || scope === null) return null;
  const s = scope as Record<string, unknown>;
  if (s.org === true) return { kind: 'org', id: undefined };
  if (typeof s.project === 'string') return { kind: 'project', id: s.project };
  if (typeof s.server === 'string') return { kind: 'server', id: s.server };
  return null;
};

/** Exactly one of `user` / `team`, a string: the index reads the grantee that way. */
const granteeOk = (grantee: unknown): boolean => {
  if (typeof grantee !== 'object' || grantee === null) return false;
  const g = grantee as Record<string, unknown>;
  return 'user' in g ? typeof g.user === 'string' && !('team' in g) : typeof g.team === 'string';
};

/** Whether a section may be named in a grant of this scope kind (R5; `billing` everywhere, R12). */
const fitsScope = (section: number, kind: ScopeKind): boolean => {
  if (kind === 'org' || section === BILLING) return true;
  if (kind === 'project' && section === MEMBERS) return true;
  return SECTIONS[section]!.scope === kind;
};

/**
 * Checks a grant's own shape (no snapshot needed) and compiles its levels.
 * The first failing check wins, in SPEC §10's order: invalid_grant, unknown_section, wrong_scope,
 * owner_only (R14).
 */
export const shapeGrant = (grant: Grant): GrantShape | ShapeError => {
  if (typeof grant !== 'object' || grant === null) return 'invalid_grant';
  const scope = scopeOf(grant.scope);
  const hasRole = grant.role !== undefined;
  const hasLevels = grant.levels !== undefined;
  if (!scope || hasRole === hasLevels) return 'invalid_grant';
  if (!granteeOk(grant.grantee)) return 'invalid_grant';
  if (hasRole) {
    const role = roleInfo(grant.role as string);
    if (!role) return 'invalid_grant';
    if (role.scope !== scope.kind) return 'wrong_scope';
    const [named, levels] = roleVectors(role);
    return {
      scopeKind: scope.kind,
      placeId: scope.id,
      named,
      levels,
      domainPurchase: role.purchase === true,
    };
  }
  const compiled = compileLevels(grant.levels, scope.kind);
  if (typeof compiled === 'string') return compiled;
  return {
    scopeKind: scope.kind,
    placeId: scope.id,
    named: compiled,
    levels: withRelated(compiled),
    domainPurchase: false,
  };
};

/**
 * One pass over custom levels (no intermediate arrays: snapshots of 50,000 grants build fast);
 * every problem is noted so the first in SPEC §10's order wins whatever the key order.
 */
const compileLevels = (levels: unknown, kind: ScopeKind): Uint8Array | ShapeError => {
  if (typeof levels !== 'object' || levels === null) return 'invalid_grant';
  const named = new Uint8Array(SECTION_COUNT);
  let problem = 4; // index into PROBLEMS; 4 = none
  for (const id in levels) {
    if (!Object.hasOwn(levels, id)) continue;
    const level = (levels as Record<string, unknown>)[id];
    if (!isLevel(level)) return 'invalid_grant';
    const s = sectionIndex.get(id);
    if (s === undefined) problem = Math.min(problem, 1);
    else if (!fitsScope(s, kind)) problem = Math.min(problem, 2);
    else if (SECTIONS[s]!.ownerOnly) problem = Math.min(problem, 3);
    else named[s] = rankOf(level);
  }
  return problem < 4 ? PROBLEMS[problem]! : named;
};
const PROBLEMS: readonly ShapeError[] = [
  'invalid_grant',
  'unknown_section',
  'wrong_scope',
  'owner_only',
];

/** Role grants share one pair of level vectors per role: a 50,000-grant snapshot builds fast. */
const roleCache = new Map<string, [Uint8Array, Uint8Array]>();
const roleVectors = (role: RoleInfo): [Uint8Array, Uint8Array] => {
  const hit = roleCache.get(role.id);
  if (hit) return hit;
  const named = new Uint8Array(SECTION_COUNT);
  for (const [id, level] of Object.entries(role.levels))
    named[sectionIndex.get(id)!] = rankOf(level);
  const fresh: [Uint8Array, Uint8Array] = [named, withRelated(named)];
  roleCache.set(role.id, fresh);
  return fresh;
};
