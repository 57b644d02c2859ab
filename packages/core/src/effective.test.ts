import { describe, expect, it } from 'vitest';
import { FUTURE, g, NOW, OWNER, org, PAST, token, user } from './test-support/org.js';

describe('effective, the permissions card and menus (R9, R50, R51)', () => {
  it('R50 a team grant applies to its members; the card says through which team', () => {
    const ev = org([g({ team: 'devs' }, { project: 'p1' }, { databases: 'read' }, { id: 't' })]);
    const eff = ev.effective(user('dana'), NOW);
    expect(eff.projects.p1?.databases).toEqual({
      level: 'read',
      credentialsVisible: true,
      grants: [{ id: 't', via: { team: 'devs' }, scope: { project: 'p1' }, requireMfa: false }],
    });
    expect(ev.effective(user('bob'), NOW).projects).toEqual({});
  });

  it('R50 a personal team acts like a grant to the user', () => {
    const personal = org([g({ team: 'personal-bob' }, { project: 'p1' }, 'hosting_mail')], {
      'personal-bob': ['bob'],
    });
    const direct = org([g({ user: 'bob' }, { project: 'p1' }, 'hosting_mail')]);
    const target = { section: 'emails', project: 'p1' };
    expect(personal.decide(user('bob'), 'create', target, NOW).allowed).toBe(true);
    expect(direct.decide(user('bob'), 'create', target, NOW).allowed).toBe(true);
  });

  it('R51 every grant behind a level is listed with its source, MFA flag and expiry', () => {
    const ev = org([
      g({ user: 'dana' }, { org: true }, { databases: 'manage' }, { id: 'own', expiresAt: FUTURE }),
      g(
        { team: 'devs' },
        { project: 'p1' },
        { databases: 'manage' },
        { id: 'team', requireMfa: true },
      ),
    ]);
    const cell = ev.effective(user('dana', true), NOW).projects.p1?.databases;
    expect(cell?.grants).toEqual([
      {
        id: 'own',
        via: { user: 'dana' },
        scope: { org: true },
        requireMfa: false,
        expiresAt: FUTURE,
      },
      { id: 'team', via: { team: 'devs' }, scope: { project: 'p1' }, requireMfa: true },
    ]);
    // without the second factor the MFA grant does not count and is not listed
    expect(ev.effective(user('dana'), NOW).projects.p1?.databases?.grants.map((x) => x.id)).toEqual(
      ['own'],
    );
  });

  it('R51 only sections and places above none appear', () => {
    const ev = org([
      g({ user: 'bob' }, { project: 'p1' }, { databases: 'read', sites: 'none' }),
      g({ user: 'bob' }, { server: 's2' }, { firewall: 'manage' }, { expiresAt: PAST }),
    ]);
    const eff = ev.effective(user('bob'), NOW);
    expect(Object.keys(eff.projects)).toEqual(['p1']);
    expect(Object.keys(eff.projects.p1 ?? {})).toEqual(['databases']);
    expect(eff.servers).toEqual({});
    expect(eff.org).toEqual({});
  });

  it('R51 effective agrees with decide on every cell', () => {
    const ev = org([
      g({ user: 'bob' }, { org: true }, { databases: 'read', members: 'read', billing: 'manage' }),
      g({ user: 'bob' }, { project: 'p1' }, 'hosting_admin'),
      g({ user: 'bob' }, { server: 's1' }, { firewall: 'manage' }),
    ]);
    const bob = user('bob');
    const eff = ev.effective(bob, NOW);
    for (const [p, cells] of Object.entries(eff.projects)) {
      for (const [section, cell] of Object.entries(cells)) {
        const d = ev.decide(bob, 'view', { section, project: p }, NOW);
        expect([section, d.level, d.grants]).toEqual([
          section,
          cell.level,
          cell.grants.map((x) => x.id),
        ]);
      }
    }
    expect(eff.projects.p1?.members?.level).toBe('manage');
    expect(eff.projects.p2?.members?.level).toBe('read');
    expect(eff.org.members?.level).toBe('read');
    expect(eff.org.billing?.level).toBe('manage');
    expect(eff.servers.s1?.firewall?.level).toBe('manage');
  });

  it('R9 any project-scope level ≥ read shows Server status; any server-scope level shows Configuration', () => {
    expect(org([]).effective(user('bob'), NOW).menus).toEqual({
      serverStatus: false,
      configuration: false,
    });
    const project = org([g({ user: 'bob' }, { project: 'p2' }, { statistics: 'read' })]);
    expect(project.effective(user('bob'), NOW).menus).toEqual({
      serverStatus: true,
      configuration: false,
    });
    const server = org([g({ user: 'bob' }, { server: 's1' }, { smtp: 'read' })]);
    expect(server.effective(user('bob'), NOW).menus).toEqual({
      serverStatus: false,
      configuration: true,
    });
  });

  it('R9 menus are organization-wide: an organization-scope level counts, even with no project yet', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, { sites: 'read', firewall: 'read' })]);
    expect(ev.effective(user('bob'), NOW).menus).toEqual({
      serverStatus: true,
      configuration: true,
    });
  });

  it('R9 members, billing and other organization sections open no menu', () => {
    const ev = org([
      g(
        { user: 'bob' },
        { org: true },
        { members: 'manage', billing: 'manage', account_management: 'manage' },
      ),
    ]);
    const eff = ev.effective(user('bob'), NOW);
    expect(eff.menus).toEqual({ serverStatus: false, configuration: false });
    // members held organization-wide also shows at each project as a `members` cell
    expect(eff.projects.p1?.members?.level).toBe('manage');
  });

  it('R9 a token’s menus follow its cap', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    expect(ev.effective(token('bob', { projects: [] }), NOW).menus.serverStatus).toBe(false);
    expect(ev.effective(token('bob', { levels: { firewall: 'read' } }), NOW).menus).toEqual({
      serverStatus: false,
      configuration: true,
    });
  });

  it('R21 a token’s cells are the token’s levels', () => {
    const ev = org([g({ user: 'bob' }, { org: true }, 'customer_admin')]);
    const eff = ev.effective(token('bob', { readOnly: true, projects: ['p1'] }), NOW);
    expect(eff.projects.p1?.databases?.level).toBe('read');
    // p2 is outside the cap: only the organization-scope `members` level shows there
    expect(Object.keys(eff.projects.p2 ?? {})).toEqual(['members']);
    expect(eff.servers.s1?.firewall?.level).toBe('read');
    expect(ev.effective(token('bob', undefined, { expiresAt: PAST }), NOW)).toEqual({
      org: {},
      projects: {},
      servers: {},
      menus: { serverStatus: false, configuration: false },
    });
  });

  it('R14 the owner sees every section, owner-only included; its token does not', () => {
    const ev = org([]);
    const eff = ev.effective(user(OWNER), NOW);
    expect(eff.org.company_details?.level).toBe('manage');
    expect(eff.projects.p2?.ssh?.grants).toEqual([]);
    expect(eff.menus).toEqual({ serverStatus: true, configuration: true });
    expect(ev.effective(token(OWNER), NOW).org.company_details).toBeUndefined();
    expect(ev.effective(token(OWNER), NOW).org.billing?.level).toBe('manage');
  });
});
