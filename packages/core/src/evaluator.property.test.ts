import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.js';
import { createEvaluator } from './evaluator.js';
import {
  action,
  allTargets,
  grant,
  NOW,
  principal,
  snapshot,
  target,
  tokenPrincipal,
  USERS,
  userPrincipal,
} from './test-support/arbitraries.js';
import { OWNER } from './test-support/org.js';
import { referenceLevel } from './test-support/reference.js';
import type { Approval, Decision, Grant, Principal, Target } from './types.js';

const RUNS = { numRuns: 150 };
const rank = { none: 0, read: 1, manage: 2 } as const;
const ownerOnly = catalog.sections.filter((s) => s.ownerOnly).map((s) => ({ section: s.id }));
const known = new Set(Object.keys(catalog.reasons));
const keyOf = (g: Grant) => JSON.stringify([g.grantee, g.scope]);

describe('properties of the evaluator', () => {
  it('R5 decide’s level for a member equals a naive model of the rules', () => {
    fc.assert(
      fc.property(
        snapshot,
        fc.constantFrom(...USERS.slice(1)),
        fc.boolean(),
        (org, userId, mfa) => {
          const ev = createEvaluator(org);
          for (const t of allTargets) {
            const d = ev.decide({ kind: 'user', userId, mfa }, 'view', t, NOW);
            expect([t, d.level]).toEqual([t, referenceLevel(org, userId, mfa, t, NOW)]);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('R5 adding a grant never lowers any level nor turns an allowed action into a denial', () => {
    fc.assert(
      fc.property(snapshot, grant(fc.constant('added')), principal, (org, extra, who) => {
        // a grant for a grantee and scope already present would replace it (R2): not an addition
        fc.pre(!org.grants.some((x) => keyOf(x) === keyOf(extra)));
        const before = createEvaluator(org);
        const after = createEvaluator({ ...org, grants: [...org.grants, extra] });
        for (const t of allTargets) {
          for (const a of catalog.actions) {
            const x = before.decide(who, a, t, NOW);
            const y = after.decide(who, a, t, NOW);
            expect(rank[y.level]).toBeGreaterThanOrEqual(rank[x.level]);
            if (x.allowed) expect(y.allowed).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('R21 a token never exceeds its user on any target', () => {
    fc.assert(
      fc.property(snapshot, tokenPrincipal, (org, tok) => {
        const ev = createEvaluator(org);
        const asUser: Principal = { kind: 'user', userId: tok.userId, mfa: tok.mfa };
        for (const t of allTargets) {
          for (const a of catalog.actions) {
            const k = ev.decide(tok, a, t, NOW);
            const u = ev.decide(asUser, a, t, NOW);
            expect(rank[k.level]).toBeLessThanOrEqual(rank[u.level]);
            if (k.allowed) expect(u.allowed).toBe(true);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('R20 removing a grant is reflected by the next evaluator', () => {
    fc.assert(
      fc.property(snapshot, principal, fc.nat(), (org, who, pick) => {
        fc.pre(org.grants.length > 0);
        const removed = org.grants[pick % org.grants.length]!;
        // with a twin for the same grantee and scope, removing one revives the other (R2)
        fc.pre(!org.grants.some((x) => x !== removed && keyOf(x) === keyOf(removed)));
        const before = createEvaluator(org);
        const after = createEvaluator({ ...org, grants: org.grants.filter((x) => x !== removed) });
        for (const t of allTargets) {
          const x = before.decide(who, 'view', t, NOW);
          const y = after.decide(who, 'view', t, NOW);
          expect(y.grants).not.toContain(removed.id);
          // the removed grant was the only one at that level: the level drops
          if (x.grants.length === 1 && x.grants[0] === removed.id) {
            expect(rank[y.level]).toBeLessThan(rank[x.level]);
          }
        }
      }),
      RUNS,
    );
  });

  it('R31 a grant accepted by checkGrant never gives its grantee more than the grantor holds there', () => {
    const grantor = fc.oneof(
      { weight: 1, arbitrary: userPrincipal },
      { weight: 1, arbitrary: tokenPrincipal },
    );
    const toNewbie = grant(fc.constant('new')).map(
      (x): Grant => ({ ...x, grantee: { user: 'newbie' } }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(snapshot, grantor, toNewbie, (org, who, given) => {
        const ev = createEvaluator(org);
        if (!ev.checkGrant(who, given, NOW).allowed) return;
        accepted++;
        const after = createEvaluator({ ...org, grants: [...org.grants, given] });
        const newbie: Principal = { kind: 'user', userId: 'newbie', mfa: true };
        for (const t of allTargets) {
          const theirs = after.decide(newbie, 'view', t, NOW);
          const mine = ev.decide(who, 'view', t, NOW);
          expect([t, rank[theirs.level] <= rank[mine.level]]).toEqual([t, true]);
          if (after.decide(newbie, 'purchase', t, NOW).allowed) {
            expect(ev.decide(who, 'purchase', t, NOW).allowed).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(10);
  });

  it('R14 owner-only sections are never allowed to a token or a member', () => {
    fc.assert(
      fc.property(snapshot, principal, action, (org, who, a) => {
        fc.pre(who.kind === 'token' || who.userId !== OWNER);
        const ev = createEvaluator(org);
        for (const t of ownerOnly) {
          const d = ev.decide(who, a, t, NOW);
          expect(d.allowed).toBe(false);
          expect(d.level).toBe('none');
        }
      }),
      RUNS,
    );
  });

  const approval: fc.Arbitrary<Approval> = fc.record({
    id: fc.constant('ap'),
    requesterId: fc.constantFrom(...USERS),
    target: target,
    action: fc.constantFrom('view' as const, 'create' as const, 'update' as const),
    status: fc.constantFrom(
      'pending' as const,
      'approved' as const,
      'denied' as const,
      'used' as const,
    ),
    expiresAt: fc.constantFrom('2029-01-01T00:00:00Z', '2031-01-01T00:00:00Z'),
  });

  it('R40 support is never told perform for delete; R15 a level of none never discloses', () => {
    fc.assert(
      fc.property(
        snapshot,
        fc.constantFrom(...USERS, 'stranger'),
        fc.boolean(),
        target,
        fc.array(approval, { maxLength: 4 }),
        (org, userId, mfa, t, approvals) => {
          const a = createEvaluator(org).assessSupport({ userId, mfa }, t, approvals, NOW);
          expect(a.actions.delete).not.toBe('perform');
          if (a.level === 'none') {
            expect(a.disclose).toBe(false);
            expect(Object.values(a.actions).every((v) => v === 'verify_owner')).toBe(true);
          }
          if (a.disclose) expect(a.actions.delete).toBe('customer_only');
          expect(known.has(a.reason)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('R51 effective agrees with decide on every section and place', () => {
    fc.assert(
      fc.property(snapshot, principal, (org, who) => {
        const ev = createEvaluator(org);
        const eff = ev.effective(who, NOW);
        for (const t of allTargets) {
          const d = ev.decide(who, 'view', t, NOW);
          const cell =
            t.project !== undefined
              ? eff.projects[t.project]?.[t.section]
              : t.server !== undefined
                ? eff.servers[t.server]?.[t.section]
                : eff.org[t.section];
          expect([t, cell?.level ?? 'none', cell?.grants.map((x) => x.id) ?? []]).toEqual([
            t,
            d.level,
            d.level === 'none' ? [] : d.grants,
          ]);
        }
      }),
      RUNS,
    );
  });

  it('R10 decisions are consistent: allowed only above none, credentials only on cred sections at ≥ read', () => {
    fc.assert(
      fc.property(snapshot, principal, action, target, (org, who, a, t) => {
        const d = createEvaluator(org).decide(who, a, t, NOW);
        const info = catalog.sections.find((s) => s.id === t.section);
        expect(known.has(d.reason)).toBe(true);
        if (d.allowed) expect(d.level).not.toBe('none');
        if (d.level === 'none') expect(d.grants).toEqual([]);
        expect(d.credentialsVisible).toBe(!!info?.cred && d.level !== 'none');
      }),
      { numRuns: 500 },
    );
  });

  it('R1 decide, effective, assessSupport and checkGrant never throw on garbage input', () => {
    const ev = createEvaluator({
      id: 'o',
      ownerId: OWNER,
      projects: ['p0'],
      servers: ['s0'],
      teams: {},
      grants: [{ id: 'g', grantee: { user: 'u0' }, scope: { org: true }, role: 'customer_admin' }],
    });
    const garbagePrincipal = fc.oneof(
      fc.anything(),
      fc.record({
        kind: fc.constantFrom('user', 'token', 'x'),
        userId: fc.anything(),
        mfa: fc.anything(),
        cap: fc.anything(),
        expiresAt: fc.anything(),
      }),
    );
    const garbageTarget = fc.oneof(
      fc.anything(),
      fc.record({
        section: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'toString', 'databases')),
        project: fc.anything(),
        server: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(
        garbagePrincipal,
        fc.anything(),
        garbageTarget,
        fc.anything(),
        (who, a, t, now) => {
          const d: Decision = ev.decide(who as Principal, a as never, t as Target, now as Date);
          expect(known.has(d.reason)).toBe(true);
          ev.effective(who as Principal, now as Date);
          ev.assessSupport(who as never, t as Target, a as never, now as Date);
          ev.checkGrant(who as Principal, t as never, now as Date);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.anything(), (org) => {
        const e = createEvaluator(org as never);
        e.decide({ kind: 'user', userId: OWNER, mfa: false }, 'view', { section: 'billing' }, NOW);
      }),
      { numRuns: 200 },
    );
  });
});
