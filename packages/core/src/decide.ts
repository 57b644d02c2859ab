import { isAction } from './catalog.js';
import {
  capCountsPlace,
  capOn,
  citeGrants,
  domainRole,
  type Measure,
  measure,
  type Place,
  resolvePlace,
} from './measure.js';
import { type CompiledCap, tokenView } from './principal.js';
import { isPrincipal } from './principal-view.js';
import {
  BILLING,
  DOMAINS,
  LEVEL_NAMES,
  MANAGE,
  NONE,
  READ,
  SECTIONS,
  sectionIndex,
} from './section-index.js';
import { type Entry, isOwnerId, type SnapshotIndex } from './snapshot-index.js';
import type { Action, Decision, Principal, Target } from './types.js';

const deny = (reason: string, level = NONE, grants: string[] = [], cred = false): Decision => ({
  allowed: false,
  reason,
  level: LEVEL_NAMES[level]!,
  grants,
  credentialsVisible: cred,
});

/** R10, R11: what a level allows, before the purchase conditions of R13. */
const needed = (action: Action): number =>
  action === 'view' || action === 'view_credentials' ? READ : MANAGE;

/** R13: purchase needs manage on the section and billing manage, or the domain role for domains. */
const purchaseOk = (section: number, level: number, billing: number, domain: boolean) =>
  level === MANAGE && (billing === MANAGE || (section === DOMAINS && domain));

const allows = (
  action: Action,
  section: number,
  level: number,
  billing: number,
  domain: boolean,
) =>
  action === 'purchase' ? purchaseOk(section, level, billing, domain) : level >= needed(action);

const idOf = (e: Entry): string => e.id;
const NO_DOMAIN_ROLE: readonly [boolean, boolean] = [false, false];

/** Scratch place and measures: decide is synchronous and never re-entered. */
const scratchPlace: Place = { section: 0, kind: 0, id: undefined };
const onTarget: Measure = { ok: 0, all: 0, tokOk: 0, tokAll: 0 };
const onBilling: Measure = { ok: 0, all: 0, tokOk: 0, tokAll: 0 };
/** Billing for actions other than `purchase`, which never read it. */
const NO_BILLING: Readonly<Measure> = { ok: NONE, all: NONE, tokOk: NONE, tokAll: NONE };

/**
 * One decision, in the order SPEC §10 settles: token_expired, unknown_action, unknown_target,
 * owner-only sections (R14), not_purchasable, then levels.
 */
export const decideWith = (
  idx: SnapshotIndex,
  who: Principal,
  action: Action,
  target: Target,
  now: number,
): Decision => {
  // R1: anything that is not a well-formed principal holds nothing.
  if (!isPrincipal(who)) return deny('no_grant');
  let cap: CompiledCap | null = null;
  if (who.kind === 'token') {
    const view = tokenView(who);
    if (view.expMs <= now) return deny('token_expired'); // R22
    cap = view.compiled;
  }
  if (!isAction(action)) return deny('unknown_action');
  const place = resolvePlace(
    idx,
    sectionIndex.get(target?.section),
    target?.project,
    target?.server,
    scratchPlace,
  );
  if (!place) return deny('unknown_target'); // R1
  const s = place.section;
  const info = SECTIONS[s]!;
  const isOwner = isOwnerId(idx, who.userId);
  if (info.ownerOnly) {
    if (!isOwner) return deny('owner_only'); // R14
    if (cap) return deny('session_required');
  }
  // Checked here, answered below: the decision still carries the level and R10's flag.
  const notPurchasable = action === 'purchase' && !info.inv;
  const placeCounts = capCountsPlace(cap, place.kind, place.id);

  if (isOwner) {
    // §10 Owner: manage everywhere; the owner's token acts as the owner, subject to its cap
    // (levels and projects, R21).
    const level = cap ? capOn(cap, s, placeCounts) : MANAGE;
    const billing = cap ? cap.levels[BILLING]! : MANAGE;
    const cred = info.cred && level >= READ;
    if (notPurchasable) return deny('not_purchasable', level, [], cred);
    return allows(action, s, level, billing, true)
      ? {
          allowed: true,
          reason: 'owner',
          level: LEVEL_NAMES[level]!,
          grants: [],
          credentialsVisible: cred,
        }
      : deny('token_cap', level, [], cred);
  }

  const u = idx.users.get(who.userId);
  const mfa = who.mfa === true;
  const m = measure(u, s, place.kind, place.id, mfa, now, placeCounts, onTarget);
  const purchase = action === 'purchase';
  const b = purchase ? measure(u, BILLING, 0, undefined, mfa, now, true, onBilling) : NO_BILLING;
  const [domOk, domAll] = purchase ? domainRole(u, mfa, now) : NO_DOMAIN_ROLE;

  // The user alone (R5, R7, R13).
  let userReason = 'granted';
  if (!allows(action, s, m.ok, b.ok, domOk)) {
    if (allows(action, s, m.all, b.all, domAll)) userReason = 'mfa_required';
    else if (m.ok === NONE) userReason = 'no_grant';
    else if (purchase && m.ok === MANAGE) userReason = 'billing_required';
    else userReason = 'level_too_low';
  }

  let level = m.ok;
  let reason = userReason;
  if (cap) {
    // R20, R21: the token's power is the minimum of its user's (at this request) and its cap.
    const effectiveCap = capOn(cap, s, placeCounts);
    level = Math.min(m.tokOk, effectiveCap);
    const billing = Math.min(b.ok, cap.levels[BILLING]!);
    if (allows(action, s, level, billing, domOk)) reason = 'granted';
    else if (userReason === 'granted') reason = 'token_cap';
    else if (userReason === 'mfa_required') {
      const withMfa = Math.min(m.tokAll, effectiveCap);
      const billingMfa = Math.min(b.all, cap.levels[BILLING]!);
      if (!allows(action, s, withMfa, billingMfa, domAll)) reason = 'token_cap';
    }
  }
  const grants = citeGrants(u, s, place.kind, place.id, mfa, now, placeCounts, level, idOf);
  const cred = info.cred && level >= READ; // R10
  if (notPurchasable) return deny('not_purchasable', level, grants, cred);
  if (reason === 'granted') {
    return { allowed: true, reason, level: LEVEL_NAMES[level]!, grants, credentialsVisible: cred };
  }
  return deny(reason, level, grants, cred);
};
