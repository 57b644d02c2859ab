import { describe, expect, it } from 'vitest';
import { g, NOW, OWNER, org, PAST, token, user } from './test-support/org.js';
import type { Grant } from './types.js';

const owner = user(OWNER);
const toEve = (scope: Grant['scope'], what: Grant['levels'] | Grant['role']): Grant =>
  g({ user: 'eve' }, scope, what, { id: 'new' });

const ev = org(
  [
    g({ user: 'adm' }, { org: true }, 'customer_admin', { id: 'adm-role' }),
    g({ user: 'hal' }, { project: 'p1' }, 'hosting_admin'),
    g({ user: 'mem' }, { org: true }, { members: 'manage', databases: 'read', sites: 'manage' }),
    g({ user: 'mem' }, { project: 'p1' }, { databases: 'manage' }),
    g({ user: 'ro' }, { org: true }, { members: 'read', databases: 'manage' }),
    g(
      { user: 'mfa' },
      { org: true },
      { members: 'manage', databases: 'manage' },
      { requireMfa: true },
    ),
    g({ user: 'dom' }, { org: true }, { members: 'manage', domains: 'manage' }),
    g({ user: 'buy' }, { org: true }, { members: 'manage', domains: 'manage', billing: 'manage' }),
    g({ user: 'old' }, { org: true }, 'customer_admin', { expiresAt: PAST }),
  ],
  { ops: ['mem', 'zed'] },
);

describe('delegation (R30, R31, R14 in checkGrant)', () => {
  it('R30 the owner and a customer admin may pass permissions anywhere', () => {
    for (const grantor of [owner, user('adm')]) {
      expect(ev.checkGrant(grantor, toEve({ org: true }, 'customer_admin'), NOW)).toMatchObject({
        allowed: true,
        reason: 'granted',
      });
      expect(
        ev.checkGrant(grantor, toEve({ server: 's1' }, { firewall: 'manage' }), NOW).allowed,
      ).toBe(true);
    }
    expect(
      ev.checkGrant(user('adm'), toEve({ org: true }, { billing: 'read' }), NOW).grants,
    ).toEqual(['adm-role']);
  });

  it('R30 a hosting admin may pass permissions within its project only', () => {
    const hal = user('hal');
    expect(ev.checkGrant(hal, toEve({ project: 'p1' }, 'hosting_web'), NOW).allowed).toBe(true);
    expect(ev.checkGrant(hal, toEve({ project: 'p2' }, 'hosting_web'), NOW).reason).toBe(
      'not_delegator',
    );
    expect(ev.checkGrant(hal, toEve({ org: true }, { sites: 'read' }), NOW).reason).toBe(
      'not_delegator',
    );
    expect(ev.checkGrant(hal, toEve({ server: 's1' }, { firewall: 'read' }), NOW).reason).toBe(
      'not_delegator',
    );
  });

  it('R30 members = manage is needed; read or nothing is not_delegator', () => {
    expect(ev.checkGrant(user('ro'), toEve({ org: true }, { databases: 'read' }), NOW).reason).toBe(
      'not_delegator',
    );
    expect(
      ev.checkGrant(user('zed'), toEve({ org: true }, { databases: 'read' }), NOW).reason,
    ).toBe('not_delegator');
    expect(
      ev.checkGrant(user('old'), toEve({ org: true }, { databases: 'read' }), NOW).reason,
    ).toBe('not_delegator');
  });

  it('R30 the grantor’s own members decision reason is passed on (mfa_required, token_cap, token_expired)', () => {
    const grant = toEve({ org: true }, { databases: 'read' });
    expect(ev.checkGrant(user('mfa'), grant, NOW).reason).toBe('mfa_required');
    expect(ev.checkGrant(user('mfa', true), grant, NOW).allowed).toBe(true);
    expect(ev.checkGrant(token('adm', { readOnly: true }), grant, NOW).reason).toBe('token_cap');
    expect(ev.checkGrant(token('adm', undefined, { expiresAt: PAST }), grant, NOW).reason).toBe(
      'token_expired',
    );
    expect(ev.checkGrant(token('adm'), grant, NOW).allowed).toBe(true);
  });

  it('R31 no escalation: only levels the grantor holds at that scope', () => {
    const mem = user('mem');
    expect(ev.checkGrant(mem, toEve({ org: true }, { databases: 'read' }), NOW).allowed).toBe(true);
    expect(ev.checkGrant(mem, toEve({ org: true }, { databases: 'manage' }), NOW).reason).toBe(
      'escalation',
    );
    // held at p1 (project grant) but not organization-wide
    expect(ev.checkGrant(mem, toEve({ project: 'p1' }, { databases: 'manage' }), NOW).allowed).toBe(
      true,
    );
    expect(ev.checkGrant(mem, toEve({ project: 'p2' }, { databases: 'manage' }), NOW).reason).toBe(
      'escalation',
    );
    // an organization-scope grantor may grant at any project beneath it
    expect(ev.checkGrant(mem, toEve({ project: 'p2' }, { sites: 'manage' }), NOW).allowed).toBe(
      true,
    );
    expect(ev.checkGrant(mem, toEve({ project: 'p1' }, 'hosting_web'), NOW).reason).toBe(
      'escalation',
    );
    expect(ev.checkGrant(mem, toEve({ org: true }, { billing: 'read' }), NOW).reason).toBe(
      'escalation',
    );
  });

  it('R31 billing in a project grant must be held organization-wide (R12)', () => {
    expect(
      ev.checkGrant(user('hal'), toEve({ project: 'p1' }, { billing: 'read' }), NOW).reason,
    ).toBe('escalation');
    expect(
      ev.checkGrant(user('buy'), toEve({ project: 'p1' }, { billing: 'read' }), NOW).allowed,
    ).toBe(true);
  });

  it('R31 a level held only through MFA grants without a second factor, or above a token cap, is not held', () => {
    const both = org([
      g({ user: 'bob' }, { org: true }, { members: 'manage' }),
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'manage' }, { requireMfa: true }),
    ]);
    const grant = toEve({ project: 'p1' }, { databases: 'manage' });
    expect(both.checkGrant(user('bob'), grant, NOW).reason).toBe('escalation');
    expect(both.checkGrant(user('bob', true), grant, NOW).allowed).toBe(true);
    expect(
      ev.checkGrant(token('adm', { levels: { members: 'manage', databases: 'read' } }), grant, NOW)
        .reason,
    ).toBe('escalation');
  });

  it('R31 a token limited to some projects cannot give project sections organization-wide', () => {
    const limited = token('adm', { projects: ['p1'] });
    expect(
      ev.checkGrant(limited, toEve({ project: 'p1' }, { databases: 'manage' }), NOW).allowed,
    ).toBe(true);
    expect(
      ev.checkGrant(limited, toEve({ project: 'p2' }, { databases: 'read' }), NOW).reason,
    ).toBe('escalation');
    expect(ev.checkGrant(limited, toEve({ org: true }, { databases: 'read' }), NOW).reason).toBe(
      'escalation',
    );
    expect(ev.checkGrant(limited, toEve({ org: true }, { billing: 'read' }), NOW).allowed).toBe(
      true,
    );
  });

  it('R31 granting customer_domain needs the right to purchase domains at organization scope', () => {
    const grant = toEve({ org: true }, 'customer_domain');
    expect(ev.checkGrant(user('dom'), grant, NOW).reason).toBe('escalation');
    expect(ev.checkGrant(user('buy'), grant, NOW).allowed).toBe(true);
    expect(ev.checkGrant(owner, grant, NOW).allowed).toBe(true);
    expect(ev.checkGrant(user('adm'), grant, NOW).allowed).toBe(true);
  });

  it('R31 no grant to oneself, to a team one belongs to, or to the owner', () => {
    const mem = user('mem');
    expect(
      ev.checkGrant(mem, g({ user: 'mem' }, { org: true }, { sites: 'read' }), NOW).reason,
    ).toBe('self_grant');
    expect(
      ev.checkGrant(mem, g({ team: 'ops' }, { org: true }, { sites: 'read' }), NOW).reason,
    ).toBe('self_grant');
    expect(
      ev.checkGrant(mem, g({ user: OWNER }, { org: true }, { sites: 'read' }), NOW).reason,
    ).toBe('owner_grant');
    expect(
      ev.checkGrant(owner, g({ user: OWNER }, { org: true }, { sites: 'read' }), NOW).reason,
    ).toBe('self_grant');
    expect(
      ev.checkGrant(user('adm'), g({ team: 'ops' }, { org: true }, { sites: 'read' }), NOW).allowed,
    ).toBe(true);
  });

  it('R14 no grant may name an owner-only section: owner_only, even from the owner', () => {
    for (const section of [
      'company_details',
      'org_closure',
      'authorization_log',
      'support_approvals',
    ]) {
      expect(ev.checkGrant(owner, toEve({ org: true }, { [section]: 'read' }), NOW).reason).toBe(
        'owner_only',
      );
    }
  });

  it('R10 credentialsVisible warns before saving a grant that shows passwords or keys', () => {
    expect(
      ev.checkGrant(owner, toEve({ project: 'p1' }, { databases: 'read' }), NOW),
    ).toMatchObject({
      allowed: true,
      credentialsVisible: true,
    });
    expect(
      ev.checkGrant(owner, toEve({ project: 'p1' }, { sites: 'manage' }), NOW).credentialsVisible,
    ).toBe(false);
    // through a related section (R6): balancers give ssl_certificates
    expect(
      ev.checkGrant(owner, toEve({ project: 'p1' }, { balancers: 'read' }), NOW).credentialsVisible,
    ).toBe(true);
    expect(
      ev.checkGrant(owner, toEve({ project: 'p1' }, { databases: 'none' }), NOW).credentialsVisible,
    ).toBe(false);
  });
});

describe('checkGrant reasons and their order (Settled after review)', () => {
  const bad = (fields: Record<string, unknown>): Grant =>
    ({ id: 'x', grantee: { user: 'eve' }, scope: { project: 'p1' }, ...fields }) as Grant;

  it('R31 invalid_grant: both or neither of role / levels, a bad level, an unknown role', () => {
    expect(ev.checkGrant(owner, bad({}), NOW).reason).toBe('invalid_grant');
    expect(ev.checkGrant(owner, bad({ role: 'hosting_web', levels: {} }), NOW).reason).toBe(
      'invalid_grant',
    );
    expect(ev.checkGrant(owner, bad({ levels: { databases: 'write' } }), NOW).reason).toBe(
      'invalid_grant',
    );
    expect(ev.checkGrant(owner, bad({ role: 'superuser' }), NOW).reason).toBe('invalid_grant');
    expect(
      ev.checkGrant(owner, bad({ levels: { databases: 'read' }, scope: {} }), NOW).reason,
    ).toBe('invalid_grant');
    expect(ev.checkGrant(owner, null as never, NOW).reason).toBe('invalid_grant');
  });

  it('R5 unknown_section, wrong_scope, unknown_target', () => {
    expect(ev.checkGrant(owner, bad({ levels: { nope: 'read' } }), NOW).reason).toBe(
      'unknown_section',
    );
    expect(ev.checkGrant(owner, bad({ levels: { firewall: 'read' } }), NOW).reason).toBe(
      'wrong_scope',
    );
    expect(
      ev.checkGrant(owner, bad({ levels: { databases: 'read' }, scope: { server: 's1' } }), NOW)
        .reason,
    ).toBe('wrong_scope');
    expect(
      ev.checkGrant(owner, bad({ levels: { members: 'read' }, scope: { server: 's1' } }), NOW)
        .reason,
    ).toBe('wrong_scope');
    expect(ev.checkGrant(owner, bad({ role: 'customer_admin' }), NOW).reason).toBe('wrong_scope');
    expect(
      ev.checkGrant(owner, bad({ role: 'hosting_web', scope: { org: true } }), NOW).reason,
    ).toBe('wrong_scope');
    expect(
      ev.checkGrant(owner, bad({ levels: { databases: 'read' }, scope: { project: 'p9' } }), NOW)
        .reason,
    ).toBe('unknown_target');
    expect(
      ev.checkGrant(owner, bad({ levels: { firewall: 'read' }, scope: { server: 's9' } }), NOW)
        .reason,
    ).toBe('unknown_target');
  });

  it('R12 billing and (at project scope) members are valid outside organization scope', () => {
    expect(
      ev.checkGrant(owner, bad({ levels: { billing: 'read' }, scope: { server: 's1' } }), NOW)
        .allowed,
    ).toBe(true);
    expect(ev.checkGrant(owner, bad({ levels: { members: 'manage' } }), NOW).allowed).toBe(true);
  });

  it('R31 the first failing check wins, in the settled order', () => {
    const z = user('zed'); // not a delegator, member of ops
    // invalid_grant before unknown_section
    expect(ev.checkGrant(z, bad({ levels: { nope: 'write' } }), NOW).reason).toBe('invalid_grant');
    // unknown_section before wrong_scope
    expect(ev.checkGrant(z, bad({ levels: { nope: 'read', firewall: 'read' } }), NOW).reason).toBe(
      'unknown_section',
    );
    // wrong_scope before unknown_target
    expect(
      ev.checkGrant(z, bad({ levels: { firewall: 'read' }, scope: { project: 'p9' } }), NOW).reason,
    ).toBe('wrong_scope');
    // unknown_target before self_grant
    expect(
      ev.checkGrant(
        z,
        bad({ grantee: { user: 'zed' }, levels: { sites: 'read' }, scope: { project: 'p9' } }),
        NOW,
      ).reason,
    ).toBe('unknown_target');
    // owner_only before self_grant
    expect(
      ev.checkGrant(
        z,
        bad({ grantee: { user: 'zed' }, levels: { org_closure: 'read' }, scope: { org: true } }),
        NOW,
      ).reason,
    ).toBe('owner_only');
    // self_grant before owner_grant and before the members decision
    expect(
      ev.checkGrant(z, bad({ grantee: { team: 'ops' }, levels: { sites: 'read' } }), NOW).reason,
    ).toBe('self_grant');
    // owner_grant before not_delegator
    expect(
      ev.checkGrant(z, bad({ grantee: { user: OWNER }, levels: { sites: 'read' } }), NOW).reason,
    ).toBe('owner_grant');
    // not_delegator before escalation
    expect(ev.checkGrant(z, bad({ levels: { sites: 'manage' } }), NOW).reason).toBe(
      'not_delegator',
    );
    // token_expired (the members decision) before escalation
    expect(
      ev.checkGrant(
        token('zed', undefined, { expiresAt: PAST }),
        bad({ levels: { sites: 'manage' } }),
        NOW,
      ).reason,
    ).toBe('token_expired');
  });

  it('R1 a refused grant carries no level and cites no grant', () => {
    expect(
      ev.checkGrant(user('mem'), toEve({ org: true }, { databases: 'manage' }), NOW),
    ).toMatchObject({
      allowed: false,
      level: 'none',
      grants: [],
    });
  });
});
