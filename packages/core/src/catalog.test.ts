import { describe, expect, it } from 'vitest';
import { catalog, isAction, isLevel, reasonLabel, roleInfo, sectionInfo } from './catalog.js';
import { validateGrant } from './validate-grant.js';

const ids = (scope: string) => catalog.sections.filter((s) => s.scope === scope).map((s) => s.id);

describe('catalog (§2, R3)', () => {
  it('R5 lists every section of §2 once, with its scope kind', () => {
    expect(ids('org').sort()).toEqual(
      [
        'account_management',
        'billing',
        'members',
        'company_details',
        'org_closure',
        'authorization_log',
        'support_approvals',
      ].sort(),
    );
    expect(ids('project')).toHaveLength(24);
    expect(ids('server')).toHaveLength(10);
    expect(new Set(catalog.sections.map((s) => s.id)).size).toBe(catalog.sections.length);
  });

  it('R10 cred and R13 inv flags follow §2', () => {
    const cred = catalog.sections
      .filter((s) => s.cred)
      .map((s) => s.id)
      .sort();
    expect(cred).toEqual(
      [
        'servers',
        'ssh_keys',
        'databases',
        'emails',
        'ftp',
        'ssh',
        'webdav',
        'ssl_certificates',
        'server_ssh_keys',
        'database_users',
      ].sort(),
    );
    expect(
      catalog.sections
        .filter((s) => s.inv)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['domains', 'ip_addresses']);
  });

  it('R14 exactly the four owner-only sections', () => {
    expect(
      catalog.sections
        .filter((s) => s.ownerOnly)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['authorization_log', 'company_details', 'org_closure', 'support_approvals']);
  });

  it('R6 the related table is exactly servers→ssh_keys, balancers→ssl_certificates, networks→ip_addresses', () => {
    const related = catalog.sections.filter((s) => s.related.length).map((s) => [s.id, s.related]);
    expect(related).toEqual([
      ['servers', ['ssh_keys']],
      ['balancers', ['ssl_certificates']],
      ['networks', ['ip_addresses']],
    ]);
  });

  it('R3 every section, role, group and reason has an English and a French label', () => {
    const labels = [
      ...catalog.sections.map((s) => s.label),
      ...catalog.roles.map((r) => r.label),
      ...catalog.groups.map((x) => x.label),
      ...Object.values(catalog.reasons),
    ];
    for (const label of labels) {
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.fr.length).toBeGreaterThan(0);
    }
    const groupIds = new Set(catalog.groups.map((x) => x.id));
    for (const s of catalog.sections) expect(groupIds.has(s.group)).toBe(true);
  });

  it('R3 roles are the presets of R3', () => {
    expect(catalog.roles.map((r) => r.id)).toEqual([
      'customer_admin',
      'customer_manager',
      'customer_domain',
      'hosting_admin',
      'hosting_web',
      'hosting_mail',
      'hosting_stats',
    ]);
    const admin = roleInfo('customer_admin')!;
    expect(Object.keys(admin.levels)).toHaveLength(catalog.sections.length - 4);
    expect(admin.levels.company_details).toBeUndefined();
    expect(roleInfo('customer_manager')!.levels).toEqual({
      billing: 'manage',
      account_management: 'manage',
    });
    expect(roleInfo('customer_domain')).toMatchObject({
      levels: { domains: 'manage' },
      purchase: true,
    });
    expect(roleInfo('hosting_admin')!.levels.members).toBe('manage');
    expect(Object.keys(roleInfo('hosting_admin')!.levels)).toHaveLength(25);
    expect(Object.keys(roleInfo('hosting_web')!.levels).sort()).toEqual(
      [
        'sites',
        'domains',
        'databases',
        'ftp',
        'ssh',
        'webdav',
        'environment',
        'processes',
        'ssl_certificates',
        'scheduled_tasks',
        'backups',
        'services',
        'statistics',
        'consumption',
      ].sort(),
    );
    expect(roleInfo('hosting_web')!.purchase).toBeUndefined();
    expect(roleInfo('hosting_mail')!.levels).toEqual({ emails: 'manage', email_history: 'manage' });
    expect(roleInfo('hosting_stats')!.levels).toEqual({ statistics: 'read' });
    expect(roleInfo('root')).toBeUndefined();
  });

  it('R1 helpers: sectionInfo, isLevel, isAction, reasonLabel', () => {
    expect(sectionInfo('databases')).toMatchObject({ scope: 'project', cred: true });
    expect(sectionInfo('toString')).toBeUndefined();
    expect(['none', 'read', 'manage'].every(isLevel)).toBe(true);
    expect([undefined, 'admin', 2, null].some(isLevel)).toBe(false);
    expect(catalog.actions.every(isAction)).toBe(true);
    expect(['fly', 'VIEW', 3, 'constructor'].some(isAction)).toBe(false);
    expect(reasonLabel('level_too_low', 'fr')).toBe(catalog.reasons.level_too_low?.fr);
    expect(reasonLabel('no_such_code', 'en')).toBe('no_such_code');
  });
});

describe('validateGrant (R3–R5, R12, R14)', () => {
  const grant = (fields: Record<string, unknown>) =>
    ({ id: 'g', grantee: { user: 'u' }, scope: { project: 'p1' }, ...fields }) as never;
  const orgShape = { projects: ['p1'], servers: ['s1'] };

  it('R5 refuses with a precise code and accepts a well-formed grant', () => {
    expect(validateGrant(grant({ levels: { databases: 'read' } }))).toBeNull();
    expect(validateGrant(grant({ role: 'hosting_web' }), orgShape)).toBeNull();
    expect(
      validateGrant(grant({ levels: { billing: 'manage' }, scope: { server: 's1' } }), orgShape),
    ).toBeNull();
    expect(validateGrant(grant({}))).toBe('invalid_grant');
    expect(validateGrant(grant({ levels: { databases: 'read' }, grantee: {} }))).toBe(
      'invalid_grant',
    );
    expect(validateGrant(grant({ levels: { x: 'read' } }))).toBe('unknown_section');
    expect(validateGrant(grant({ levels: { firewall: 'read' } }))).toBe('wrong_scope');
    expect(validateGrant(grant({ role: 'customer_domain' }))).toBe('wrong_scope');
    expect(validateGrant(grant({ levels: { org_closure: 'read' }, scope: { org: true } }))).toBe(
      'owner_only',
    );
    expect(
      validateGrant(grant({ levels: { databases: 'read' }, scope: { project: 'p2' } }), orgShape),
    ).toBe('unknown_target');
    expect(
      validateGrant(grant({ levels: { firewall: 'read' }, scope: { server: 's2' } }), orgShape),
    ).toBe('unknown_target');
  });
});
