import { decideWith } from './decide.js';
import { checkGrantWith } from './delegation.js';
import { effectiveOf } from './effective.js';
import { viewOf } from './principal-view.js';
import { indexSnapshot } from './snapshot-index.js';
import { assessWith } from './support.js';
import type { Evaluator, OrgSnapshot } from './types.js';

/** The clock is a parameter; anything but a valid Date means "now". */
const ms = (now: Date | undefined): number => {
  const t = now instanceof Date ? now.getTime() : Number.NaN;
  return Number.isNaN(t) ? Date.now() : t;
};

/**
 * Indexes an organization once; every answer after that is a lookup (SPEC §9).
 * Invalid grants in the snapshot count for nothing; it never throws for them.
 *
 * @example
 * const ev = createEvaluator({ id: 'o1', ownerId: 'alice', projects: ['p1'], servers: [],
 *   teams: {}, grants: [{ id: 'g1', grantee: { user: 'bob' }, scope: { project: 'p1' },
 *   levels: { databases: 'read' } }] });
 * ev.decide({ kind: 'user', userId: 'bob', mfa: false }, 'view_credentials',
 *   { section: 'databases', project: 'p1' });
 * // { allowed: true, reason: 'granted', level: 'read', grants: ['g1'], credentialsVisible: true }
 */
export const createEvaluator = (org: OrgSnapshot): Evaluator => {
  const idx = indexSnapshot(org);
  return {
    decide: (who, action, target, now) => decideWith(idx, who, action, target, ms(now)),
    effective: (who, now) => effectiveOf(viewOf(idx, who, ms(now))),
    assessSupport: (req, target, approvals = [], now) =>
      assessWith(idx, req, target, Array.isArray(approvals) ? approvals : [], ms(now)),
    checkGrant: (grantor, grant, now) => {
      const t = ms(now);
      return checkGrantWith(idx, viewOf(idx, grantor, t), grantor, grant, t);
    },
  };
};
