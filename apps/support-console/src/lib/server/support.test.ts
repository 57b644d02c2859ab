import { describe, expect, it, vi } from 'vitest';

vi.mock('$env/dynamic/private', () => ({ env: {} }));

const { parseApproval, parseMatrix, parseRequester, parseService } = await import('./support');

describe('parsers of the support desk answers', () => {
  it('reads a requester with their organizations', () => {
    expect(
      parseRequester({
        user: { id: 'usr_1', email: 'a@b.c', name: 'Ann' },
        organizations: [{ id: 'org_1', name: 'Acme', role: 'owner' }],
      }),
    ).toEqual({
      id: 'usr_1',
      email: 'a@b.c',
      name: 'Ann',
      orgs: [{ id: 'org_1', name: 'Acme', role: 'owner' }],
    });
    expect(parseRequester({})).toBeNull();
  });

  it('reads matrix cells and keeps unnamed places unnamed (R15)', () => {
    const assessment = {
      requester: 'member',
      level: 'read',
      disclose: true,
      actions: {
        view: 'perform',
        create: 'needs_owner_approval',
        update: 'needs_owner_approval',
        delete: 'customer_only',
      },
      reason: 'granted',
    };
    const m = parseMatrix(
      {
        org: { id: 'org_1', name: 'Acme' },
        places: [
          { kind: 'project', id: 'p1', name: 'Shop' },
          { kind: 'project', id: 'p2' },
        ],
        cells: [{ section: 'databases', project: 'p1', assessment }],
      },
      'org_1',
      'usr_1',
      true,
    );
    expect(m.places).toEqual([
      { kind: 'org', name: 'Acme' },
      { kind: 'project', id: 'p1', name: 'Shop' },
      { kind: 'project', id: 'p2', name: null },
    ]);
    expect(m.cells).toEqual([{ section: 'databases', project: 'p1', assessment }]);
    expect(m.requester).toMatchObject({ id: 'usr_1', kind: 'member' });
    expect(m.mfa).toBe(true);
  });

  it('reads a service', () => {
    expect(
      parseService({
        id: 's',
        section: 'databases',
        projectId: 'p',
        name: 'db',
        details: { a: 1 },
      }),
    ).toEqual({
      id: 's',
      section: 'databases',
      project: 'p',
      name: 'db',
      details: { a: 1 },
    });
  });

  it('shows an approved request past its time limit as expired (R41)', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const a = parseApproval(
      {
        id: 'apr_1',
        requesterId: 'usr_1',
        target: { section: 'databases', project: 'p1' },
        action: 'update',
        reason: 'why',
        status: 'approved',
        expiresAt: '2029-12-31T00:00:00Z',
      },
      now,
    );
    expect(a).toMatchObject({ id: 'apr_1', status: 'expired', action: 'update' });
    expect(a.target).toEqual({ section: 'databases', project: 'p1' });
  });
});
