import { type ShapeError, scopeOf, shapeGrant } from './grant-shape.js';
import type { Grant, OrgSnapshot } from './types.js';

export type GrantProblem = ShapeError | 'unknown_target';

/**
 * Is this grant well-formed (R3–R5, R12, R14)? Returns the precise reason code, or null.
 * Passing the organization also refuses a project or server it does not hold.
 * R2 (one grant per grantee and scope) and delegation (R30, R31) are not checked here:
 * the first is storage's job, the second is `checkGrant`'s.
 *
 * @example validateGrant({ id: 'g', grantee: { user: 'u' }, scope: { project: 'p1' },
 *   levels: { firewall: 'read' } }) // 'wrong_scope'
 */
export const validateGrant = (
  grant: Grant,
  org?: Pick<OrgSnapshot, 'projects' | 'servers'>,
): GrantProblem | null => {
  const shape = shapeGrant(grant);
  if (typeof shape === 'string') return shape;
  if (!org) return null;
  const scope = scopeOf(grant.scope)!;
  if (scope.kind === 'project' && !org.projects.includes(scope.id!)) return 'unknown_target';
  if (scope.kind === 'server' && !org.servers.includes(scope.id!)) return 'unknown_target';
  return null;
};
