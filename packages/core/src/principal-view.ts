import { capCountsPlace, capOn, citeGrants, domainRole, type Measure, measure } from './measure.js';
import { type CompiledCap, compileCap, expiryOf } from './principal.js';
import { BILLING, DOMAINS, MANAGE, NONE, SECTIONS } from './section-index.js';
import { type Entry, isOwnerId, type SnapshotIndex, type UserIndex } from './snapshot-index.js';
import type { Principal } from './types.js';

/** A principal prepared once for many level questions (effective, checkGrant). */
export interface PrincipalView {
  idx: SnapshotIndex;
  user: UserIndex | undefined;
  isOwner: boolean;
  mfa: boolean;
  cap: CompiledCap | null;
  expired: boolean;
  now: number;
}

/** Same test as `decide`'s first: a malformed principal holds nothing (R1). */
export const isPrincipal = (who: unknown): who is Principal =>
  typeof who === 'object' &&
  who !== null &&
  ((who as Principal).kind === 'user' || (who as Principal).kind === 'token');

export const viewOf = (idx: SnapshotIndex, who: Principal, now: number): PrincipalView => {
  const valid = isPrincipal(who);
  const token = valid && who.kind === 'token';
  return {
    idx,
    user: valid ? idx.users.get(who.userId) : undefined,
    isOwner: valid && isOwnerId(idx, who.userId),
    mfa: valid && who.mfa === true,
    cap: token ? compileCap(who.cap) : null,
    expired: token && expiryOf(who.expiresAt) <= now,
    now,
  };
};

const scratch: Measure = { ok: 0, all: 0, tokOk: 0, tokAll: 0 };

/** The principal's level on section `s` at a place: the same answer `decide` gives as `level`. */
export const levelOf = (
  v: PrincipalView,
  s: number,
  kind: number,
  id: string | undefined,
): number => {
  if (v.expired) return NONE;
  const info = SECTIONS[s]!;
  if (v.isOwner) {
    if (!v.cap) return MANAGE;
    return info.ownerOnly ? NONE : capOn(v.cap, s, capCountsPlace(v.cap, kind, id));
  }
  if (info.ownerOnly) return NONE;
  const counts = capCountsPlace(v.cap, kind, id);
  const m = measure(v.user, s, kind, id, v.mfa, v.now, counts, scratch);
  return v.cap ? Math.min(m.tokOk, capOn(v.cap, s, counts)) : m.ok;
};

/** The grants behind a level, as `decide` cites them. */
export const grantsOf = <T>(
  v: PrincipalView,
  s: number,
  kind: number,
  id: string | undefined,
  level: number,
  pick: (e: Entry) => T,
): T[] =>
  v.isOwner || v.expired
    ? []
    : citeGrants(v.user, s, kind, id, v.mfa, v.now, capCountsPlace(v.cap, kind, id), level, pick);

/** R13 at organization scope: may this principal purchase domains? */
export const mayPurchaseDomains = (v: PrincipalView): boolean => {
  if (levelOf(v, DOMAINS, 0, undefined) !== MANAGE) return false;
  if (levelOf(v, BILLING, 0, undefined) === MANAGE) return true;
  return v.isOwner || domainRole(v.user, v.mfa, v.now)[0];
};
