import { describe, expect, it } from 'vitest';
import { FUTURE, g, NOW, OWNER, org, PAST } from './test-support/org.js';
import type { Approval, Target } from './types.js';

const db1: Target = { section: 'databases', project: 'p1' };
const ev = org(
  [
    g({ user: 'man' }, { project: 'p1' }, { databases: 'manage' }),
    g({ user: 'rea' }, { project: 'p1' }, { databases: 'read' }),
    g({ user: 'oth' }, { project: 'p2' }, { sites: 'manage' }),
    g({ user: 'mfa' }, { project: 'p1' }, { databases: 'manage' }, { requireMfa: true }),
    g({ team: 'ops' }, { org: true }, { databases: 'read' }),
    g({ user: 'old' }, { org: true }, 'customer_admin', { expiresAt: PAST }),
  ],
  { ops: ['tea'] },
);
const ask = (userId: string, target: Target = db1, approvals: Approval[] = [], mfa = false) =>
  ev.assessSupport({ userId, mfa }, target, approvals, NOW);
const approval = (fields: Partial<Approval> = {}): Approval => ({
  id: 'ap',
  requesterId: 'rea',
  target: db1,
  action: 'update',
  status: 'approved',
  expiresAt: FUTURE,
  ...fields,
});

describe('support desk (§7, R40–R42)', () => {
  it('R40 owner: discloses, performs view, create and update; delete is the customer’s', () => {
    expect(ask(OWNER)).toEqual({
      requester: 'owner',
      level: 'manage',
      disclose: true,
      actions: { view: 'perform', create: 'perform', update: 'perform', delete: 'customer_only' },
      reason: 'owner',
    });
  });

  it('R40 manage: discloses and performs everything but delete', () => {
    expect(ask('man')).toEqual({
      requester: 'member',
      level: 'manage',
      disclose: true,
      actions: { view: 'perform', create: 'perform', update: 'perform', delete: 'customer_only' },
      reason: 'granted',
    });
  });

  it('R41 read: view is performed, changes need the owner’s approval', () => {
    expect(ask('rea')).toEqual({
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
    });
    // through a team (R50)
    expect(ask('tea')).toMatchObject({ requester: 'member', level: 'read', reason: 'granted' });
  });

  it('R15 none: a member with no level there is treated like a stranger, nothing is disclosed', () => {
    const verify = {
      view: 'verify_owner',
      create: 'verify_owner',
      update: 'verify_owner',
      delete: 'verify_owner',
    };
    expect(ask('oth')).toEqual({
      requester: 'member',
      level: 'none',
      disclose: false,
      actions: verify,
      reason: 'no_grant',
    });
    expect(ask('nobody')).toEqual({
      requester: 'stranger',
      level: 'none',
      disclose: false,
      actions: verify,
      reason: 'not_member',
    });
    expect(ask('man', { section: 'company_details' })).toMatchObject({
      disclose: false,
      reason: 'no_grant',
    });
  });

  it('R8 a requester whose grants all expired is a stranger', () => {
    expect(ask('old')).toMatchObject({
      requester: 'stranger',
      disclose: false,
      reason: 'not_member',
    });
  });

  it('R42 a request without a second factor is assessed without requireMfa grants', () => {
    expect(ask('mfa')).toMatchObject({
      requester: 'member',
      level: 'none',
      disclose: false,
      reason: 'mfa_required',
    });
    expect(ask('mfa', db1, [], true)).toMatchObject({
      level: 'manage',
      disclose: true,
      reason: 'granted',
    });
  });

  it('R1 an unknown target is assessed as unknown_target and discloses nothing', () => {
    expect(ask('man', { section: 'databases', project: 'p9' })).toMatchObject({
      disclose: false,
      reason: 'unknown_target',
    });
  });

  it('R41 a matching approved, unexpired, unused approval turns that one action into perform', () => {
    const a = ask('rea', db1, [approval()]);
    expect(a.actions).toEqual({
      view: 'perform',
      create: 'needs_owner_approval',
      update: 'perform',
      delete: 'customer_only',
    });
    expect(ask('rea', db1, [approval({ action: 'create' })]).actions.create).toBe('perform');
  });

  it('R41 denied, pending, used, expired, foreign or mismatched approvals change nothing', () => {
    const others: Approval[] = [
      approval({ status: 'denied' }),
      approval({ status: 'pending' }),
      approval({ status: 'used' }),
      approval({ expiresAt: PAST }),
      approval({ expiresAt: NOW.toISOString() }),
      approval({ expiresAt: 'whenever' }),
      approval({ expiresAt: undefined as unknown as string }),
      approval({ requesterId: 'man' }),
      approval({ target: { section: 'databases', project: 'p2' } }),
      approval({ target: { section: 'sites', project: 'p1' } }),
    ];
    for (const other of others) {
      expect(ask('rea', db1, [other]).actions.update).toBe('needs_owner_approval');
    }
  });

  it('R41 an approval never helps a requester with no level, and never touches delete', () => {
    expect(ask('oth', db1, [approval({ requesterId: 'oth' })]).actions.update).toBe('verify_owner');
    expect(ask('rea', db1, [approval(), approval({ action: 'create' })]).actions.delete).toBe(
      'customer_only',
    );
  });
});
