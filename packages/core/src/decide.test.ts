import { describe, expect, it } from 'vitest';
import { createEvaluator } from './evaluator.js';
import { FUTURE, g, NOW, OWNER, org, PAST, snapshot, token, user } from './test-support/org.js';
import type { Action } from './types.js';

const bob = user('bob');
const bobMfa = user('bob', true);
const db1 = { section: 'databases', project: 'p1' };

describe('levels and grants (R1–R8)', () => {
  it('R1 denies by default: no grant, no access', () => {
    const ev = org([]);
    expect(ev.decide(bob, 'view', db1, NOW)).toEqual({
      allowed: false,
      reason: 'no_grant',
      level: 'none',
      grants: [],
      credentialsVisible: false,
    });
  });

  it('R1 unknown section, project or server is unknown_target', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    expect(ev.decide(bob, 'view', { section: 'nope', project: 'p1' }, NOW).reason).toBe(
      'unknown_target',
    );
    expect(ev.decide(bob, 'view', { section: 'databases', project: 'p9' }, NOW).reason).toBe(
      'unknown_target',
    );
    expect(ev.decide(bob, 'view', { section: 'firewall', server: 's9' }, NOW).reason).toBe(
      'unknown_target',
    );
    expect(ev.decide(bob, 'view', { section: 'databases' }, NOW).reason).toBe('unknown_target');
    expect(ev.decide(bob, 'view', { section: 'firewall' }, NOW).reason).toBe('unknown_target');
    // a project-scope section ignores `server`, a server-scope section ignores `project`
    expect(ev.decide(bob, 'view', { section: 'databases', server: 's1' }, NOW).reason).toBe(
      'unknown_target',
    );
    expect(ev.decide(bob, 'view', { section: 'firewall', project: 'p1' }, NOW).reason).toBe(
      'unknown_target',
    );
    expect(
      ev.decide(bob, 'view', { section: 'databases', project: 'p1', server: 's9' }, NOW).allowed,
    ).toBe(true);
    expect(
      ev.decide(bob, 'view', { section: 'firewall', server: 's1', project: 'p9' }, NOW).allowed,
    ).toBe(true);
  });

  it('R1 organization-scope sections ignore the place, even an unknown one (R12)', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, { billing: 'read' })]);
    for (const t of [{}, { project: 'p1' }, { project: 'p9' }, { server: 's9' }]) {
      expect(ev.decide(bob, 'view', { section: 'billing', ...t }, NOW).allowed).toBe(true);
    }
  });

  it('R1 unknown action is unknown_action', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    expect(ev.decide(bob, 'destroy' as Action, db1, NOW)).toMatchObject({
      allowed: false,
      reason: 'unknown_action',
    });
  });

  it('R2 in a snapshot the later grant for the same grantee and scope replaces the earlier', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' }, { id: 'first' }),
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' }, { id: 'second' }),
    ]);
    expect(ev.decide(bob, 'view', db1, NOW)).toMatchObject({ level: 'read', grants: ['second'] });
    expect(ev.decide(bob, 'create', db1, NOW).reason).toBe('level_too_low');
  });

  it('R2 grants for different scopes or grantees do not replace each other', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' }),
      g({ user: 'bob' }, { project: 'p2' }, { sites: 'read' }),
      g({ team: 'devs' }, { project: 'p1' }, { sites: 'manage' }),
    ]);
    expect(ev.decide(bob, 'view', db1, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'view', { section: 'sites', project: 'p2' }, NOW).allowed).toBe(true);
    expect(
      ev.decide(user('dana'), 'create', { section: 'sites', project: 'p1' }, NOW).allowed,
    ).toBe(true);
  });

  it('R3 customer_admin manages every non-owner-only section at every project and server', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    for (const t of [
      db1,
      { section: 'ssh', project: 'p2' },
      { section: 'firewall', server: 's2' },
      { section: 'billing' },
      { section: 'members' },
      { section: 'members', project: 'p1' },
    ]) {
      expect(ev.decide(bob, 'delete', t, NOW)).toMatchObject({ allowed: true, level: 'manage' });
    }
    expect(ev.decide(bob, 'view', { section: 'company_details' }, NOW).reason).toBe('owner_only');
  });

  it('R3 customer_manager manages billing and account management, nothing technical', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_manager')]);
    expect(ev.decide(bob, 'update', { section: 'billing' }, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'create', { section: 'account_management' }, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'view', db1, NOW).reason).toBe('no_grant');
    expect(ev.decide(bob, 'purchase', { section: 'domains', project: 'p1' }, NOW).reason).toBe(
      'no_grant',
    );
  });

  it('R3 hosting roles give their preset levels at their project only', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, 'hosting_web'),
      g({ user: 'ann' }, { project: 'p1' }, 'hosting_stats'),
      g({ user: 'hal' }, { project: 'p1' }, 'hosting_admin'),
    ]);
    expect(ev.decide(bob, 'create', { section: 'sites', project: 'p1' }, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'create', { section: 'sites', project: 'p2' }, NOW).reason).toBe(
      'no_grant',
    );
    expect(ev.decide(bob, 'view', { section: 'emails', project: 'p1' }, NOW).reason).toBe(
      'no_grant',
    );
    expect(ev.decide(bob, 'purchase', { section: 'domains', project: 'p1' }, NOW).reason).toBe(
      'billing_required',
    );
    const ann = user('ann');
    expect(ev.decide(ann, 'view', { section: 'statistics', project: 'p1' }, NOW).level).toBe(
      'read',
    );
    expect(ev.decide(ann, 'update', { section: 'statistics', project: 'p1' }, NOW).reason).toBe(
      'level_too_low',
    );
    const hal = user('hal');
    expect(ev.decide(hal, 'update', { section: 'members', project: 'p1' }, NOW).allowed).toBe(true);
    expect(ev.decide(hal, 'update', { section: 'members' }, NOW).reason).toBe('no_grant');
    expect(ev.decide(hal, 'view', { section: 'billing' }, NOW).reason).toBe('no_grant');
  });

  it('R4 custom grants give a level per section', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage', ftp: 'read' })]);
    expect(ev.decide(bob, 'delete', db1, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'view', { section: 'ftp', project: 'p1' }, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'update', { section: 'ftp', project: 'p1' }, NOW).reason).toBe(
      'level_too_low',
    );
    expect(ev.decide(bob, 'view', { section: 'ssh', project: 'p1' }, NOW).reason).toBe('no_grant');
  });

  it('R5 the effective level is the highest over own, team, organization and place grants', () => {
    const ev = org([
      g({ user: 'dana' }, { org: true }, { databases: 'read' }, { id: 'own-org' }),
      g({ team: 'devs' }, { project: 'p1' }, { databases: 'manage' }, { id: 'team-p1' }),
      g({ user: 'dana' }, { project: 'p2' }, { databases: 'manage' }, { id: 'own-p2' }),
    ]);
    const dana = user('dana');
    expect(ev.decide(dana, 'create', db1, NOW)).toMatchObject({
      allowed: true,
      level: 'manage',
      grants: ['team-p1'],
    });
    expect(ev.decide(dana, 'create', { section: 'databases', project: 'p2' }, NOW).grants).toEqual([
      'own-p2',
    ]);
    // a project with no grant of its own still gets the organization-scope level
    const ev3 = createEvaluator({ ...snapshot([]), projects: ['p1', 'p2', 'p3'] });
    expect(ev3.decide(dana, 'view', db1, NOW).allowed).toBe(false);
    const ev4 = createEvaluator({
      ...snapshot([g({ user: 'dana' }, { org: true }, { databases: 'read' })]),
      projects: ['p1', 'p2', 'p3'],
    });
    expect(ev4.decide(dana, 'view', { section: 'databases', project: 'p3' }, NOW).level).toBe(
      'read',
    );
  });

  it('R5 a team grant does not reach users outside the team', () => {
    const ev = org([g({ team: 'devs' }, { project: 'p1' }, { databases: 'manage' })]);
    expect(ev.decide(user('dave'), 'view', db1, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'view', db1, NOW).reason).toBe('no_grant');
  });

  it('R6 servers gives ssh_keys, balancers gives ssl_certificates, networks gives ip_addresses', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { servers: 'manage', balancers: 'read' }, { id: 'a' }),
      g({ user: 'bob' }, { project: 'p2' }, { networks: 'manage' }, { id: 'b' }),
    ]);
    expect(ev.decide(bob, 'create', { section: 'ssh_keys', project: 'p1' }, NOW)).toMatchObject({
      allowed: true,
      level: 'manage',
      grants: ['a'],
      credentialsVisible: true,
    });
    expect(ev.decide(bob, 'view', { section: 'ssl_certificates', project: 'p1' }, NOW).level).toBe(
      'read',
    );
    expect(ev.decide(bob, 'create', { section: 'ip_addresses', project: 'p2' }, NOW).allowed).toBe(
      true,
    );
  });

  it('R6 related sections follow one way and never transitively', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { ssh_keys: 'manage', ip_addresses: 'manage' }),
    ]);
    expect(ev.decide(bob, 'view', { section: 'servers', project: 'p1' }, NOW).reason).toBe(
      'no_grant',
    );
    expect(ev.decide(bob, 'view', { section: 'networks', project: 'p1' }, NOW).reason).toBe(
      'no_grant',
    );
  });

  it('R6 a related level adds to, never lowers, a direct one', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { servers: 'read', ssh_keys: 'manage' }),
    ]);
    expect(ev.decide(bob, 'create', { section: 'ssh_keys', project: 'p1' }, NOW).allowed).toBe(
      true,
    );
  });

  it('R7 a requireMfa grant counts only with a second factor; the denial says mfa_required', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' }, { requireMfa: true, id: 'm' }),
    ]);
    expect(ev.decide(bob, 'create', db1, NOW)).toEqual({
      allowed: false,
      reason: 'mfa_required',
      level: 'none',
      grants: [],
      credentialsVisible: false,
    });
    expect(ev.decide(bobMfa, 'create', db1, NOW)).toMatchObject({
      allowed: true,
      reason: 'granted',
      grants: ['m'],
    });
  });

  it('R7 mfa_required only when the MFA grants would have allowed the action', () => {
    const ev = org([
      g(
        { user: 'bob' },
        { project: 'p1' },
        { databases: 'read', sites: 'manage' },
        { requireMfa: true },
      ),
      g({ user: 'bob' }, { org: true }, { sites: 'read' }),
    ]);
    // MFA gives only read: create would still fail, so the honest answer is no_grant
    expect(ev.decide(bob, 'create', db1, NOW).reason).toBe('no_grant');
    expect(ev.decide(bob, 'view', db1, NOW).reason).toBe('mfa_required');
    // a plain read plus an MFA manage: update needs the second factor
    expect(ev.decide(bob, 'update', { section: 'sites', project: 'p1' }, NOW)).toMatchObject({
      reason: 'mfa_required',
      level: 'read',
    });
  });

  it('R8 an expired grant counts for nothing; expiry is at expiresAt inclusive', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' }, { expiresAt: PAST }),
      g({ user: 'bob' }, { project: 'p2' }, { databases: 'manage' }, { expiresAt: FUTURE }),
      g({ user: 'bob' }, { org: true }, { sites: 'read' }, { expiresAt: NOW.toISOString() }),
    ]);
    expect(ev.decide(bob, 'view', db1, NOW).reason).toBe('no_grant');
    expect(ev.decide(bob, 'view', { section: 'databases', project: 'p2' }, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'view', { section: 'sites', project: 'p1' }, NOW).reason).toBe(
      'no_grant',
    );
    expect(
      ev.decide(bob, 'view', { section: 'sites', project: 'p1' }, new Date(NOW.getTime() - 1))
        .allowed,
    ).toBe(true);
  });

  it('R8 an unreadable expiresAt counts as expired (fail closed)', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' }, { expiresAt: 'soon' }),
    ]);
    expect(ev.decide(bob, 'view', db1, NOW).reason).toBe('no_grant');
  });
});

describe('levels and actions (R10–R15)', () => {
  it('R10 read sees passwords: view and view_credentials, credentialsVisible on cred sections', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'read', sites: 'read' })]);
    for (const action of ['view', 'view_credentials'] as const) {
      expect(ev.decide(bob, action, db1, NOW)).toMatchObject({
        allowed: true,
        level: 'read',
        credentialsVisible: true,
      });
    }
    expect(
      ev.decide(bob, 'view', { section: 'sites', project: 'p1' }, NOW).credentialsVisible,
    ).toBe(false);
  });

  it('R10 credentialsVisible follows the level whatever the action asked, even when denied', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' })]);
    for (const action of ['create', 'update', 'delete', 'purchase'] as const) {
      expect(ev.decide(bob, action, db1, NOW)).toMatchObject({
        allowed: false,
        level: 'read',
        credentialsVisible: true,
      });
    }
    expect(
      ev.decide(bob, 'view', { section: 'databases', project: 'p2' }, NOW).credentialsVisible,
    ).toBe(false);
  });

  it('R11 manage allows create, update, delete without any billing access', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' })]);
    for (const action of ['view', 'view_credentials', 'create', 'update', 'delete'] as const) {
      expect(ev.decide(bob, action, db1, NOW).allowed).toBe(true);
    }
    expect(ev.decide(bob, 'view', { section: 'billing' }, NOW).reason).toBe('no_grant');
  });

  it('R11 read does not allow create, update or delete: level_too_low', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' })]);
    for (const action of ['create', 'update', 'delete'] as const) {
      expect(ev.decide(bob, action, db1, NOW)).toMatchObject({
        allowed: false,
        reason: 'level_too_low',
      });
    }
  });

  it('R12 billing is organization-wide, even named in a project- or server-scope grant', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { billing: 'read', databases: 'read' }, { id: 'pb' }),
      g({ user: 'sam' }, { server: 's1' }, { billing: 'manage' }, { id: 'sb' }),
    ]);
    expect(ev.decide(bob, 'view', { section: 'billing' }, NOW)).toMatchObject({
      allowed: true,
      level: 'read',
      grants: ['pb'],
    });
    expect(ev.decide(bob, 'view', { section: 'billing', project: 'p2' }, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'update', { section: 'billing' }, NOW).reason).toBe('level_too_low');
    expect(ev.decide(user('sam'), 'update', { section: 'billing' }, NOW).grants).toEqual(['sb']);
    // the project grant's other levels stay at its project
    expect(ev.decide(bob, 'view', { section: 'databases', project: 'p2' }, NOW).reason).toBe(
      'no_grant',
    );
  });

  it('R13 purchase needs manage on the section and billing manage', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { domains: 'manage', ip_addresses: 'manage' }),
      g({ user: 'bob' }, { org: true }, { billing: 'manage' }),
      g({ user: 'cal' }, { project: 'p1' }, { domains: 'manage' }),
      g({ user: 'cal' }, { org: true }, { billing: 'read' }),
      g({ user: 'dee' }, { project: 'p1' }, { domains: 'read' }),
      g({ user: 'dee' }, { org: true }, { billing: 'manage' }),
    ]);
    const dom = { section: 'domains', project: 'p1' };
    expect(ev.decide(bob, 'purchase', dom, NOW).allowed).toBe(true);
    expect(
      ev.decide(bob, 'purchase', { section: 'ip_addresses', project: 'p1' }, NOW).allowed,
    ).toBe(true);
    expect(ev.decide(bob, 'purchase', { section: 'domains', project: 'p2' }, NOW).reason).toBe(
      'no_grant',
    );
    expect(ev.decide(user('cal'), 'purchase', dom, NOW)).toMatchObject({
      reason: 'billing_required',
      level: 'manage',
    });
    expect(ev.decide(user('dee'), 'purchase', dom, NOW).reason).toBe('level_too_low');
  });

  it('R13 the customer_domain role purchases domains without billing, not IP addresses', () => {
    const ev = org([
      g({ user: 'bob' }, { org: true }, 'customer_domain', { id: 'dom' }),
      g({ user: 'bob' }, { project: 'p1' }, { ip_addresses: 'manage' }),
    ]);
    expect(ev.decide(bob, 'purchase', { section: 'domains', project: 'p2' }, NOW)).toMatchObject({
      allowed: true,
      grants: ['dom'],
    });
    expect(ev.decide(bob, 'purchase', { section: 'ip_addresses', project: 'p1' }, NOW).reason).toBe(
      'billing_required',
    );
  });

  it('R13 a purchase that only MFA grants would allow says mfa_required', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { domains: 'manage' }),
      g({ user: 'bob' }, { org: true }, { billing: 'manage' }, { requireMfa: true }),
      g({ user: 'cal' }, { org: true }, 'customer_domain', { requireMfa: true }),
    ]);
    const dom = { section: 'domains', project: 'p1' };
    expect(ev.decide(bob, 'purchase', dom, NOW).reason).toBe('mfa_required');
    expect(ev.decide(user('bob', true), 'purchase', dom, NOW).allowed).toBe(true);
    expect(ev.decide(user('cal'), 'purchase', dom, NOW).reason).toBe('mfa_required');
    expect(ev.decide(user('cal', true), 'purchase', dom, NOW).allowed).toBe(true);
  });

  it('R13 purchase on a section without the inv flag is not_purchasable, owner included', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    expect(ev.decide(user(OWNER), 'purchase', db1, NOW)).toMatchObject({
      allowed: false,
      reason: 'not_purchasable',
    });
    expect(ev.decide(bob, 'purchase', { section: 'billing' }, NOW).reason).toBe('not_purchasable');
  });

  it('R13 not_purchasable still carries the level and the credentials flag (R10)', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' }, { id: 'r' })]);
    expect(ev.decide(bob, 'purchase', db1, NOW)).toEqual({
      allowed: false,
      reason: 'not_purchasable',
      level: 'read',
      grants: ['r'],
      credentialsVisible: true,
    });
  });

  it('R14 owner-only sections are denied to members whatever their grants: owner_only', () => {
    const ev = org([
      g({ user: 'bob' }, { org: true }, 'customer_admin'),
      // an invalid grant naming an owner-only section counts for nothing
      g({ user: 'bob' }, { org: true }, { company_details: 'manage' } as never),
    ]);
    for (const section of [
      'company_details',
      'org_closure',
      'authorization_log',
      'support_approvals',
    ]) {
      expect(ev.decide(bob, 'view', { section }, NOW)).toMatchObject({
        allowed: false,
        reason: 'owner_only',
        level: 'none',
      });
      expect(ev.decide(user('dana'), 'view', { section }, NOW).reason).toBe('owner_only');
    }
  });

  it('R14 the owner uses owner-only sections with a session; its token gets session_required', () => {
    const ev = org([]);
    expect(ev.decide(user(OWNER), 'update', { section: 'company_details' }, NOW)).toEqual({
      allowed: true,
      reason: 'owner',
      level: 'manage',
      grants: [],
      credentialsVisible: false,
    });
    expect(ev.decide(token(OWNER), 'view', { section: 'org_closure' }, NOW)).toMatchObject({
      allowed: false,
      reason: 'session_required',
    });
    expect(ev.decide(token('bob'), 'view', { section: 'org_closure' }, NOW).reason).toBe(
      'owner_only',
    );
  });

  it('R15 a level of none reveals nothing: no level, no grants, no credentials flag', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p2' }, { databases: 'manage' }, { id: 'other' }),
    ]);
    expect(ev.decide(bob, 'view_credentials', db1, NOW)).toEqual({
      allowed: false,
      reason: 'no_grant',
      level: 'none',
      grants: [],
      credentialsVisible: false,
    });
  });

  it('R15 level_too_low is reserved for a level above none that does not allow the action', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'none' })]);
    expect(ev.decide(bob, 'create', db1, NOW)).toMatchObject({ reason: 'no_grant', level: 'none' });
  });
});

describe('owner (§10)', () => {
  it('R1 the owner with a session is allowed everything with reason owner and no grants', () => {
    const ev = org([g({ user: OWNER }, { org: true }, { databases: 'read' })]);
    const owner = user(OWNER);
    expect(ev.decide(owner, 'delete', db1, NOW)).toEqual({
      allowed: true,
      reason: 'owner',
      level: 'manage',
      grants: [],
      credentialsVisible: true,
    });
    expect(
      ev.decide(owner, 'purchase', { section: 'ip_addresses', project: 'p2' }, NOW).allowed,
    ).toBe(true);
    expect(ev.decide(owner, 'update', { section: 'firewall', server: 's1' }, NOW).allowed).toBe(
      true,
    );
  });

  it('R1 the owner still gets unknown_target and unknown_action', () => {
    const ev = org([]);
    expect(
      ev.decide(user(OWNER), 'view', { section: 'databases', project: 'zz' }, NOW).reason,
    ).toBe('unknown_target');
    expect(ev.decide(user(OWNER), 'fly' as Action, db1, NOW).reason).toBe('unknown_action');
  });
});

describe('order of checks (Settled after review)', () => {
  const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
  const expired = token('bob', undefined, { expiresAt: PAST });

  it('R22 token_expired comes before everything else', () => {
    expect(ev.decide(expired, 'fly' as Action, { section: 'nope' }, NOW).reason).toBe(
      'token_expired',
    );
    expect(
      ev.decide(
        token(OWNER, undefined, { expiresAt: PAST }),
        'view',
        { section: 'org_closure' },
        NOW,
      ).reason,
    ).toBe('token_expired');
  });

  it('R1 unknown_action before unknown_target, unknown_target before owner_only', () => {
    expect(ev.decide(bob, 'fly' as Action, { section: 'nope' }, NOW).reason).toBe('unknown_action');
    expect(ev.decide(bob, 'view', { section: 'nope' }, NOW).reason).toBe('unknown_target');
  });

  it('R14 owner_only before not_purchasable; not_purchasable before levels', () => {
    expect(ev.decide(bob, 'purchase', { section: 'company_details' }, NOW).reason).toBe(
      'owner_only',
    );
    expect(ev.decide(token(OWNER), 'purchase', { section: 'company_details' }, NOW).reason).toBe(
      'session_required',
    );
    expect(ev.decide(user('nobody'), 'purchase', db1, NOW).reason).toBe('not_purchasable');
  });
});

describe('grants in a decision (Settled after review)', () => {
  it('R51 cites every applying grant that reaches the level, ties included, and no lower one', () => {
    const ev = org(
      [
        g({ user: 'dana' }, { org: true }, { databases: 'manage' }, { id: 'a' }),
        g({ team: 'devs' }, { project: 'p1' }, { databases: 'manage' }, { id: 'b' }),
        g({ user: 'dana' }, { project: 'p1' }, { databases: 'read' }, { id: 'c' }),
        g({ team: 'ops' }, { project: 'p1' }, { databases: 'manage' }, { id: 'd' }),
        g({ user: 'dana' }, { project: 'p2' }, { databases: 'manage' }, { id: 'e' }),
      ],
      { ops: ['zed'] },
    );
    expect(ev.decide(user('dana'), 'view', db1, NOW).grants.sort()).toEqual(['a', 'b']);
  });

  it('R51 MFA grants that do not count and expired grants are not cited', () => {
    const ev = org(
      [
        g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' }, { id: 'plain' }),
        g({ user: 'bob' }, { org: true }, { databases: 'manage' }, { id: 'mfa', requireMfa: true }),
        g({ team: 'solo' }, { org: true }, { databases: 'manage' }, { id: 'old', expiresAt: PAST }),
      ],
      { solo: ['bob'] },
    );
    expect(ev.decide(bob, 'view', db1, NOW).grants).toEqual(['plain']);
    expect(ev.decide(bobMfa, 'view', db1, NOW)).toMatchObject({ level: 'manage', grants: ['mfa'] });
  });
});

describe('invalid grants inside a snapshot (Settled after review)', () => {
  const cases: Array<[string, unknown]> = [
    [
      'unknown section',
      { levels: { nope: 'manage', databases: 'manage' }, scope: { project: 'p1' } },
    ],
    [
      'wrong scope kind',
      { levels: { firewall: 'manage', databases: 'manage' }, scope: { project: 'p1' } },
    ],
    [
      'owner-only section',
      { levels: { company_details: 'read', databases: 'manage' }, scope: { org: true } },
    ],
    ['customer role at project scope', { role: 'customer_admin', scope: { project: 'p1' } }],
    ['hosting role at organization scope', { role: 'hosting_admin', scope: { org: true } }],
    ['hosting role at server scope', { role: 'hosting_admin', scope: { server: 's1' } }],
    [
      'both role and levels',
      { role: 'hosting_admin', levels: { databases: 'manage' }, scope: { project: 'p1' } },
    ],
    ['neither role nor levels', { scope: { project: 'p1' } }],
    ['a level that is not a level', { levels: { databases: 'admin' }, scope: { project: 'p1' } }],
    ['unknown role', { role: 'root', scope: { project: 'p1' } }],
  ];
  for (const [name, shape] of cases) {
    it(`R5 ${name} counts for nothing and does not throw`, () => {
      const grant = { id: 'bad', grantee: { user: 'bob' }, ...(shape as object) } as never;
      const ev = org([grant]);
      expect(ev.decide(bob, 'view', db1, NOW)).toMatchObject({
        allowed: false,
        reason: 'no_grant',
      });
    });
  }

  it('R2 an invalid later grant does not replace a valid earlier one', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' }, { id: 'ok' }),
      {
        id: 'bad',
        grantee: { user: 'bob' },
        scope: { project: 'p1' },
        levels: { nope: 'manage' },
      } as never,
    ]);
    expect(ev.decide(bob, 'view', db1, NOW).grants).toEqual(['ok']);
  });

  it('R1 garbage in the snapshot never throws', () => {
    const ev = createEvaluator({
      id: 'o',
      ownerId: OWNER,
      projects: ['p1', 7],
      servers: null,
      teams: { constructor: 5, devs: ['bob', 3] },
      grants: [
        null,
        4,
        { id: 'x' },
        g({ team: 'constructor' }, { org: true }, 'customer_admin'),
        g({ team: 'toString' }, { org: true }, 'customer_admin'),
        g({ team: 'devs' }, { project: 'p1' }, { databases: 'read' }),
      ],
    } as never);
    expect(ev.decide(bob, 'view', db1, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'view', { section: 'sites', project: 'p1' }, NOW).allowed).toBe(false);
  });
});
