/**
 * The worked examples of the source help pages (../shared/seeds), as the evaluator answers them.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator } from './evaluator.js';
import { g, NOW, OWNER, org, snapshot, token, user } from './test-support/org.js';

describe('Provider C (seed 004)', () => {
  it('R6 Management on Servers gives Management on SSH keys', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { servers: 'manage' })]);
    expect(
      ev.decide(user('bob'), 'create', { section: 'ssh_keys', project: 'p1' }, NOW),
    ).toMatchObject({
      allowed: true,
      level: 'manage',
    });
  });

  it('R10 Read only on Databases and Cloud servers shows passwords but cannot create or delete', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'read', servers: 'read' })]);
    const bob = user('bob');
    for (const section of ['databases', 'servers', 'ssh_keys']) {
      const t = { section, project: 'p1' };
      expect(ev.decide(bob, 'view_credentials', t, NOW)).toMatchObject({
        allowed: true,
        credentialsVisible: true,
      });
      expect(ev.decide(bob, 'create', t, NOW).allowed).toBe(false);
      expect(ev.decide(bob, 'delete', t, NOW).allowed).toBe(false);
    }
  });

  it('R12 Finances is account-wide even when access is limited to projects', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { billing: 'read', sites: 'manage' })]);
    const bob = user('bob');
    expect(ev.decide(bob, 'view', { section: 'billing' }, NOW).allowed).toBe(true);
    expect(ev.decide(bob, 'view', { section: 'billing', project: 'p2' }, NOW).allowed).toBe(true);
    expect(ev.effective(bob, NOW).org.billing?.level).toBe('read');
    expect(ev.decide(bob, 'view', { section: 'sites', project: 'p2' }, NOW).allowed).toBe(false);
  });

  it('R11 Management creates services without Finances access', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { servers: 'manage' })]);
    expect(
      ev.decide(user('bob'), 'create', { section: 'servers', project: 'p1' }, NOW).allowed,
    ).toBe(true);
    expect(ev.decide(user('bob'), 'view', { section: 'billing' }, NOW).allowed).toBe(false);
  });

  it('R20 a token issued by an additional user has the same permissions as the user', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' })]);
    for (const action of ['view', 'create'] as const) {
      const t = { section: 'databases', project: 'p1' };
      const u = ev.decide(user('bob'), action, t, NOW);
      const k = ev.decide(token('bob'), action, t, NOW);
      expect([k.allowed, k.reason, k.level]).toEqual([u.allowed, u.reason, u.level]);
    }
  });

  it('R14 company details and closing the account are the owner’s alone', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    expect(ev.decide(user('bob'), 'update', { section: 'company_details' }, NOW).reason).toBe(
      'owner_only',
    );
    expect(ev.decide(user(OWNER), 'update', { section: 'org_closure' }, NOW).allowed).toBe(true);
  });

  it('R40 support: Management is performed except deletion; Read only needs approval; No access discloses nothing', () => {
    const ev = org([
      g({ user: 'man' }, { project: 'p1' }, { databases: 'manage' }),
      g({ user: 'rea' }, { project: 'p1' }, { databases: 'read' }),
      g({ user: 'non' }, { project: 'p1' }, { sites: 'read' }),
    ]);
    const t = { section: 'databases', project: 'p1' };
    const as = (userId: string) => ev.assessSupport({ userId, mfa: false }, t, [], NOW);
    expect(as('man').actions).toEqual({
      view: 'perform',
      create: 'perform',
      update: 'perform',
      delete: 'customer_only',
    });
    expect(as('rea').actions.update).toBe('needs_owner_approval');
    expect(as('non')).toMatchObject({
      disclose: false,
      actions: { view: 'verify_owner', delete: 'verify_owner' },
    });
  });
});

describe('Provider B (seed 003)', () => {
  it('R2 a web role and a mail role on the same hosting cannot both hold: the second replaces the first', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, 'hosting_web', { id: 'web' }),
      g({ user: 'bob' }, { project: 'p1' }, 'hosting_mail', { id: 'mail' }),
    ]);
    const bob = user('bob');
    expect(ev.decide(bob, 'create', { section: 'emails', project: 'p1' }, NOW)).toMatchObject({
      allowed: true,
      grants: ['mail'],
    });
    expect(ev.decide(bob, 'view', { section: 'sites', project: 'p1' }, NOW).reason).toBe(
      'no_grant',
    );
    // in the other order, web wins
    const reversed = org([
      g({ user: 'bob' }, { project: 'p1' }, 'hosting_mail'),
      g({ user: 'bob' }, { project: 'p1' }, 'hosting_web'),
    ]);
    expect(reversed.decide(bob, 'view', { section: 'sites', project: 'p1' }, NOW).allowed).toBe(
      true,
    );
    expect(reversed.decide(bob, 'view', { section: 'emails', project: 'p1' }, NOW).allowed).toBe(
      false,
    );
  });

  it('R3 to hold web and mail, use hosting admin', () => {
    const ev = org([g({ user: 'bob' }, { project: 'p1' }, 'hosting_admin')]);
    for (const section of ['sites', 'emails']) {
      expect(ev.decide(user('bob'), 'update', { section, project: 'p1' }, NOW).allowed).toBe(true);
    }
  });

  it('R3 a customer admin has implicit access to every hosting, present and future', () => {
    const grants = [g({ user: 'bob' }, { org: true }, 'customer_admin')];
    const now = createEvaluator(snapshot(grants));
    const later = createEvaluator({
      ...snapshot(grants),
      projects: ['p1', 'p2', 'p-new'],
      servers: ['s1', 's2', 's-new'],
    });
    expect(
      now.decide(user('bob'), 'delete', { section: 'sites', project: 'p2' }, NOW).allowed,
    ).toBe(true);
    expect(
      later.decide(user('bob'), 'delete', { section: 'sites', project: 'p-new' }, NOW).allowed,
    ).toBe(true);
    expect(
      later.decide(user('bob'), 'update', { section: 'smtp', server: 's-new' }, NOW).allowed,
    ).toBe(true);
    expect(Object.keys(later.effective(user('bob'), NOW).projects)).toEqual(['p1', 'p2', 'p-new']);
  });

  it('R3 manager may open and cancel subscriptions but not register a domain; domain may', () => {
    const ev = org([
      g({ user: 'man' }, { org: true }, 'customer_manager'),
      g({ user: 'dom' }, { org: true }, 'customer_domain'),
    ]);
    const dom = { section: 'domains', project: 'p1' };
    expect(ev.decide(user('man'), 'create', { section: 'account_management' }, NOW).allowed).toBe(
      true,
    );
    expect(ev.decide(user('man'), 'purchase', dom, NOW).allowed).toBe(false);
    expect(ev.decide(user('dom'), 'purchase', dom, NOW).allowed).toBe(true);
    expect(ev.decide(user('dom'), 'update', dom, NOW).allowed).toBe(true);
  });

  it('R30 only an admin (customer or hosting) passes permissions', () => {
    const ev = org([
      g({ user: 'adm' }, { org: true }, 'customer_admin'),
      g({ user: 'hal' }, { project: 'p1' }, 'hosting_admin'),
      g({ user: 'web' }, { project: 'p1' }, 'hosting_web'),
    ]);
    const grant = g({ user: 'eve' }, { project: 'p1' }, 'hosting_stats');
    expect(ev.checkGrant(user('adm'), grant, NOW).allowed).toBe(true);
    expect(ev.checkGrant(user('hal'), grant, NOW).allowed).toBe(true);
    expect(ev.checkGrant(user('web'), grant, NOW).reason).toBe('not_delegator');
  });
});

describe('Provider A (seeds 000–002)', () => {
  it('R7 2FA needed: the permission works only after signing in with two factors', () => {
    const ev = org([
      g({ user: 'bob' }, { server: 's1' }, { firewall: 'manage' }, { requireMfa: true }),
    ]);
    const t = { section: 'firewall', server: 's1' };
    expect(ev.decide(user('bob'), 'update', t, NOW).reason).toBe('mfa_required');
    expect(ev.decide(user('bob', true), 'update', t, NOW).allowed).toBe(true);
  });

  it('R9 account permissions open Server status, server permissions open Configuration', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { technical_contact: 'read' }),
      g({ user: 'bob' }, { server: 's1' }, { server_consumption: 'read' }),
    ]);
    expect(ev.effective(user('bob'), NOW).menus).toEqual({
      serverStatus: true,
      configuration: true,
    });
  });

  it('R13 invoiceable domain actions also need Billing', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { domains: 'manage' }),
      g({ user: 'cal' }, { project: 'p1' }, { domains: 'manage', billing: 'manage' }),
    ]);
    const dom = { section: 'domains', project: 'p1' };
    expect(ev.decide(user('bob'), 'purchase', dom, NOW).reason).toBe('billing_required');
    expect(ev.decide(user('cal'), 'purchase', dom, NOW).allowed).toBe(true);
  });

  it('R9 opening an account on a server is account_management create plus server_consumption view', () => {
    const ev = org([
      g({ user: 'bob' }, { org: true }, { account_management: 'manage' }),
      g({ user: 'bob' }, { server: 's1' }, { server_consumption: 'read' }),
    ]);
    const bob = user('bob');
    expect(ev.decide(bob, 'create', { section: 'account_management' }, NOW).allowed).toBe(true);
    expect(
      ev.decide(bob, 'view', { section: 'server_consumption', server: 's1' }, NOW).allowed,
    ).toBe(true);
    expect(
      ev.decide(bob, 'view', { section: 'server_consumption', server: 's2' }, NOW).allowed,
    ).toBe(false);
  });
});
