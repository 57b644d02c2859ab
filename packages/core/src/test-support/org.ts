import { createEvaluator } from '../evaluator.js';
import type { Evaluator, Grant, OrgSnapshot, Principal, TokenCap } from '../types.js';

/** A fixed clock so expiry tests never depend on the machine's time. */
export const NOW = new Date('2030-01-01T00:00:00Z');
export const PAST = '2029-12-31T23:59:59Z';
export const FUTURE = '2030-01-02T00:00:00Z';

export const OWNER = 'owner';

export const user = (userId: string, mfa = false): Principal => ({ kind: 'user', userId, mfa });
export const token = (
  userId: string,
  cap?: TokenCap,
  extra: { mfa?: boolean; expiresAt?: string } = {},
): Principal => ({
  kind: 'token',
  userId,
  tokenId: `t-${userId}`,
  mfa: extra.mfa ?? false,
  ...(cap ? { cap } : {}),
  ...(extra.expiresAt !== undefined ? { expiresAt: extra.expiresAt } : {}),
});

/** An organization with two projects, two servers and one team; add the grants under test. */
export const snapshot = (grants: Grant[], teams: Record<string, string[]> = {}): OrgSnapshot => ({
  id: 'org1',
  ownerId: OWNER,
  projects: ['p1', 'p2'],
  servers: ['s1', 's2'],
  teams: { devs: ['dana', 'dave'], ...teams },
  grants,
});

export const org = (grants: Grant[], teams?: Record<string, string[]>): Evaluator =>
  createEvaluator(snapshot(grants, teams));

let n = 0;
/** A grant to a user with sensible defaults: `g({ user: 'bob' }, { project: 'p1' }, { databases: 'read' })`. */
export const g = (
  grantee: Grant['grantee'],
  scope: Grant['scope'],
  what: Grant['levels'] | Grant['role'],
  extra: Partial<Pick<Grant, 'id' | 'requireMfa' | 'expiresAt'>> = {},
): Grant => ({
  id: extra.id ?? `g${++n}`,
  grantee,
  scope,
  ...(typeof what === 'string' ? { role: what } : { levels: what ?? {} }),
  ...(extra.requireMfa !== undefined ? { requireMfa: extra.requireMfa } : {}),
  ...(extra.expiresAt !== undefined ? { expiresAt: extra.expiresAt } : {}),
});
