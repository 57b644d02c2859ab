import { describe, expect, it } from 'vitest';
import { createEvaluator } from './evaluator.js';
import { FUTURE, g, NOW, OWNER, org, PAST, snapshot, token, user } from './test-support/org.js';
import type { Principal } from './types.js';

const db1 = { section: 'databases', project: 'p1' };
const db2 = { section: 'databases', project: 'p2' };

describe('tokens (R20–R23)', () => {
  it('R20 a token acts with its user’s permissions and cites the user’s grants', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' }, { id: 'a' })]);
    expect(ev.decide(token('bob'), 'delete', db1, NOW)).toEqual({
      allowed: true,
      reason: 'granted',
      level: 'manage',
      grants: ['a'],
      credentialsVisible: true,
    });
  });

  it('R20 a token shrinks at once with its user’s grants: nothing is copied', () => {
    const grant = g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' });
    const tok = token('bob');
    expect(org([grant]).decide(tok, 'create', db1, NOW).allowed).toBe(true);
    const shrunk = org([{ ...grant, levels: { databases: 'read' } }]);
    expect(shrunk.decide(tok, 'create', db1, NOW).reason).toBe('level_too_low');
    expect(org([]).decide(tok, 'view', db1, NOW).reason).toBe('no_grant');
  });

  it('R21 cap.levels is an allow-list: unnamed sections are none, named ones are limited', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin', { id: 'adm' })]);
    const tok = token('bob', { levels: { databases: 'read', sites: 'manage' } });
    expect(ev.decide(tok, 'view', db1, NOW)).toMatchObject({
      allowed: true,
      level: 'read',
      grants: ['adm'],
    });
    expect(ev.decide(tok, 'create', db1, NOW)).toMatchObject({
      allowed: false,
      reason: 'token_cap',
      level: 'read',
    });
    expect(ev.decide(tok, 'create', { section: 'sites', project: 'p2' }, NOW).allowed).toBe(true);
    expect(ev.decide(tok, 'view', { section: 'ftp', project: 'p1' }, NOW)).toMatchObject({
      reason: 'token_cap',
      level: 'none',
      grants: [],
    });
  });

  it('R21 a cap never raises a token above its user', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' }, { id: 'r' })]);
    const tok = token('bob', { levels: { databases: 'manage' } });
    expect(ev.decide(tok, 'create', db1, NOW)).toMatchObject({
      allowed: false,
      reason: 'level_too_low',
      level: 'read',
      grants: ['r'],
    });
    expect(ev.decide(tok, 'view', db2, NOW).reason).toBe('no_grant');
  });

  it('R21 cap.projects limits project-scope targets only', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    const tok = token('bob', { projects: ['p1'] });
    expect(ev.decide(tok, 'create', db1, NOW).allowed).toBe(true);
    expect(ev.decide(tok, 'view', db2, NOW)).toMatchObject({ reason: 'token_cap', level: 'none' });
    expect(ev.decide(tok, 'update', { section: 'firewall', server: 's2' }, NOW).allowed).toBe(true);
    expect(ev.decide(tok, 'update', { section: 'billing', project: 'p2' }, NOW).allowed).toBe(true);
  });

  it('R21 cap.projects and members: a left-out project counts only organization-scope members', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p2' }, 'hosting_admin'),
      g({ user: 'cal' }, { org: true }, { members: 'read' }),
      g({ user: 'cal' }, { project: 'p2' }, { members: 'manage' }),
    ]);
    const members2 = { section: 'members', project: 'p2' };
    expect(ev.decide(token('bob'), 'update', members2, NOW).allowed).toBe(true);
    expect(ev.decide(token('bob', { projects: ['p1'] }), 'update', members2, NOW)).toMatchObject({
      reason: 'token_cap',
      level: 'none',
    });
    expect(ev.decide(token('cal', { projects: ['p1'] }), 'update', members2, NOW)).toMatchObject({
      reason: 'token_cap',
      level: 'read',
    });
    expect(ev.decide(token('cal', { projects: ['p2'] }), 'update', members2, NOW).allowed).toBe(
      true,
    );
  });

  it('R21 cap.readOnly limits every level to read', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    const tok = token('bob', { readOnly: true });
    expect(ev.decide(tok, 'view_credentials', db1, NOW)).toMatchObject({
      allowed: true,
      level: 'read',
    });
    expect(ev.decide(tok, 'delete', db1, NOW).reason).toBe('token_cap');
    const both = token('bob', { readOnly: true, levels: { databases: 'manage' } });
    expect(ev.decide(both, 'update', db1, NOW)).toMatchObject({
      reason: 'token_cap',
      level: 'read',
    });
  });

  it('R21 related sections follow inside a cap (R6)', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { ssh_keys: 'manage', servers: 'read' }),
    ]);
    const tok = token('bob', { levels: { servers: 'manage' } });
    expect(ev.decide(tok, 'update', { section: 'ssh_keys', project: 'p1' }, NOW)).toMatchObject({
      allowed: true,
      level: 'manage',
    });
    expect(ev.decide(tok, 'update', { section: 'servers', project: 'p1' }, NOW).reason).toBe(
      'level_too_low',
    );
  });

  it('R21 the owner’s token acts as the owner subject to its cap, projects included', () => {
    const ev = org([]);
    const tok = token(OWNER, {
      levels: { databases: 'read', firewall: 'manage' },
      projects: ['p1'],
    });
    expect(ev.decide(tok, 'view', db1, NOW)).toMatchObject({
      allowed: true,
      reason: 'owner',
      level: 'read',
      grants: [],
    });
    expect(ev.decide(tok, 'create', db1, NOW).reason).toBe('token_cap');
    expect(ev.decide(tok, 'view', db2, NOW)).toMatchObject({ reason: 'token_cap', level: 'none' });
    expect(ev.decide(tok, 'update', { section: 'firewall', server: 's1' }, NOW).allowed).toBe(true);
    expect(ev.decide(token(OWNER), 'delete', db2, NOW).reason).toBe('owner');
  });

  it('R22 an expired token is denied everything: token_expired', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    const expired = token('bob', undefined, { expiresAt: PAST });
    expect(ev.decide(expired, 'view', db1, NOW)).toEqual({
      allowed: false,
      reason: 'token_expired',
      level: 'none',
      grants: [],
      credentialsVisible: false,
    });
    expect(ev.decide(token(OWNER, undefined, { expiresAt: PAST }), 'view', db1, NOW).reason).toBe(
      'token_expired',
    );
    expect(
      ev.decide(token('bob', undefined, { expiresAt: NOW.toISOString() }), 'view', db1, NOW).reason,
    ).toBe('token_expired');
    expect(
      ev.decide(token('bob', undefined, { expiresAt: 'garbage' }), 'view', db1, NOW).reason,
    ).toBe('token_expired');
    expect(
      ev.decide(token('bob', undefined, { expiresAt: FUTURE }), 'view', db1, NOW).allowed,
    ).toBe(true);
  });

  it('R22 a token dies with its user’s membership: no grants, nothing allowed', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin', { expiresAt: PAST })]);
    expect(ev.decide(token('bob', undefined, { expiresAt: FUTURE }), 'view', db1, NOW).reason).toBe(
      'no_grant',
    );
  });

  it('R23 a token issued after a second factor counts as MFA; one issued without does not', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' }, { requireMfa: true }),
    ]);
    expect(ev.decide(token('bob', undefined, { mfa: true }), 'create', db1, NOW).allowed).toBe(
      true,
    );
    expect(ev.decide(token('bob'), 'create', db1, NOW).reason).toBe('mfa_required');
  });
});

describe('token reasons (Settled after review)', () => {
  const ev = org([
    g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' }),
    g({ user: 'bob' }, { project: 'p2' }, { databases: 'manage' }, { requireMfa: true }),
  ]);

  it('R21 the user’s own denial reason is kept when the user alone is denied', () => {
    const tok = token('bob', { levels: { databases: 'read' } });
    expect(ev.decide(tok, 'create', db1, NOW).reason).toBe('level_too_low');
    expect(ev.decide(tok, 'view', { section: 'sites', project: 'p1' }, NOW).reason).toBe(
      'no_grant',
    );
  });

  it('R21 token_cap when the user alone would be allowed', () => {
    expect(ev.decide(token('bob', { levels: {} }), 'view', db1, NOW)).toMatchObject({
      reason: 'token_cap',
      level: 'none',
      grants: [],
      credentialsVisible: false,
    });
  });

  it('R7 mfa_required is kept when the cap would allow the action with the second factor', () => {
    expect(
      ev.decide(token('bob', { levels: { databases: 'manage' } }), 'create', db2, NOW).reason,
    ).toBe('mfa_required');
  });

  it('R7 mfa_required becomes token_cap when the cap would deny anyway', () => {
    expect(ev.decide(token('bob', { readOnly: true }), 'create', db2, NOW).reason).toBe(
      'token_cap',
    );
    expect(ev.decide(token('bob', { projects: ['p1'] }), 'view', db2, NOW).reason).toBe(
      'token_cap',
    );
  });

  it('R13 a token purchase needs billing inside the cap too', () => {
    const buyer = org([
      g({ user: 'bob' }, { org: true }, { domains: 'manage', billing: 'manage' }),
      g({ user: 'cal' }, { org: true }, 'customer_domain'),
    ]);
    const dom = { section: 'domains', project: 'p1' };
    expect(buyer.decide(token('bob'), 'purchase', dom, NOW).allowed).toBe(true);
    expect(
      buyer.decide(token('bob', { levels: { domains: 'manage' } }), 'purchase', dom, NOW).reason,
    ).toBe('token_cap');
    expect(
      buyer.decide(
        token('bob', { levels: { domains: 'manage', billing: 'manage' } }),
        'purchase',
        dom,
        NOW,
      ).allowed,
    ).toBe(true);
    // the domain role's right to purchase needs no billing in the cap either (R13)
    expect(
      buyer.decide(token('cal', { levels: { domains: 'manage' } }), 'purchase', dom, NOW).allowed,
    ).toBe(true);
    expect(buyer.decide(token('cal', { readOnly: true }), 'purchase', dom, NOW).reason).toBe(
      'token_cap',
    );
  });

  it('R21 a token cites only the grants its cap lets count, at the token’s level', () => {
    const cited = createEvaluator(
      snapshot([
        g({ user: 'bob' }, { org: true }, { databases: 'read' }, { id: 'org' }),
        g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' }, { id: 'p1' }),
      ]),
    );
    expect(cited.decide(token('bob'), 'view', db1, NOW).grants).toEqual(['p1']);
    expect(cited.decide(token('bob', { readOnly: true }), 'view', db1, NOW).grants.sort()).toEqual([
      'org',
      'p1',
    ]);
    expect(cited.decide(token('bob', { projects: ['p2'] }), 'view', db1, NOW).reason).toBe(
      'token_cap',
    );
  });

  it('R1 a malformed cap narrows to nothing and never throws', () => {
    const admin = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    const bad = { ...token('bob'), cap: 'all' } as unknown as Principal;
    expect(admin.decide(bad, 'view', db1, NOW).allowed).toBe(false);
    const badProjects = token('bob', { projects: 'p1' as unknown as string[] });
    expect(admin.decide(badProjects, 'view', db1, NOW).reason).toBe('token_cap');
    const badLevel = token('bob', { levels: { databases: 'admin' as never } });
    expect(admin.decide(badLevel, 'view', db1, NOW).reason).toBe('token_cap');
    const badLevels = token('bob', { levels: 'databases' as never });
    expect(admin.decide(badLevels, 'view', db1, NOW).reason).toBe('token_cap');
    expect(admin.decide(user('bob'), 'view', db1, NOW).allowed).toBe(true);
  });
});
