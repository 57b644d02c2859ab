import { describe, expect, it } from 'vitest';
import { offerable, offerableRoles, parseGrantForm } from './grant-form';

const fd = (entries: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(entries)) form.append(k, v);
  return form;
};

describe('permission editor form', () => {
  it('reads custom levels for a project grant, with MFA and expiry', () => {
    const parsed = parseGrantForm(
      fd({
        mode: 'levels',
        'level.databases': 'read',
        'level.sites': 'none',
        requireMfa: 'on',
        expiresAt: '2999-01-01T10:00',
      }),
      { project: 'prj_1' },
    );
    expect(parsed).toMatchObject({
      ok: true,
      body: {
        scope: { project: 'prj_1' },
        levels: { databases: 'read' },
        requireMfa: true,
        expiresAt: '2999-01-01T10:00:00.000Z',
      },
    });
  });

  it('reads a role preset and ignores levels then', () => {
    const parsed = parseGrantForm(fd({ mode: 'role', role: 'hosting_web', 'level.ftp': 'read' }), {
      project: 'prj_1',
    });
    expect(parsed).toMatchObject({ ok: true, body: { role: 'hosting_web' } });
    expect(parsed.ok && 'levels' in parsed.body).toBe(false);
  });

  it('refuses an empty grant, an unknown role and a past expiry', () => {
    expect(parseGrantForm(fd({ mode: 'levels' }), { org: true })).toMatchObject({
      ok: false,
      errors: { levels: 'grant.pickLevel' },
    });
    expect(parseGrantForm(fd({ mode: 'role', role: 'hosting_web' }), { org: true })).toMatchObject({
      ok: false,
      errors: { role: 'grant.pickRole' },
    });
    expect(
      parseGrantForm(fd({ 'level.billing': 'read', expiresAt: '2001-01-01' }), { org: true }),
    ).toMatchObject({ ok: false, errors: { expiresAt: 'grant.pastDate' } });
  });

  it('offers only levels and roles the grantor holds (R31)', () => {
    const max = offerable({ databases: { level: 'read' }, sites: { level: 'manage' } }, false);
    expect(max('databases')).toBe('read');
    expect(max('ftp')).toBe('none');
    expect(offerableRoles('project', max).map((r) => r.id)).toEqual([]);
    const owner = offerable(undefined, true);
    expect(offerableRoles('project', owner).map((r) => r.id)).toContain('hosting_admin');
  });
});
