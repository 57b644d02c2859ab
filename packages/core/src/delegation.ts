import { decideWith } from './decide.js';
import { type GrantShape, scopeOf, shapeGrant } from './grant-shape.js';
import { ORG, PROJECT, SERVER } from './measure.js';
import { levelOf, mayPurchaseDomains, type PrincipalView } from './principal-view.js';
import { BILLING, LEVEL_NAMES, NONE, READ, SECTION_COUNT, SECTIONS } from './section-index.js';
import { isOwnerId, type SnapshotIndex } from './snapshot-index.js';
import type { Decision, Grant, Principal, Target } from './types.js';

const refuse = (reason: string, cred = false): Decision => ({
  allowed: false,
  reason,
  level: 'none',
  grants: [],
  credentialsVisible: cred,
});

/** R10: the grant gives at least read on a section that shows passwords or keys. */
const exposesCredentials = (shape: GrantShape): boolean =>
  SECTIONS.some((info, s) => info.cred && shape.levels[s]! >= READ);

/** The place where the grantor must hold a level it gives (billing is organization-wide, R12). */
const heldAt = (shape: GrantShape, s: number): [number, string | undefined] => {
  if (s === BILLING || shape.scopeKind === 'org') return [ORG, undefined];
  return [shape.scopeKind === 'project' ? PROJECT : SERVER, shape.placeId];
};

/** The `members` target a grantor must manage to grant at this scope (R30). */
const membersTarget = (shape: GrantShape): Target =>
  shape.scopeKind === 'project'
    ? { section: 'members', project: shape.placeId! }
    : { section: 'members' };

/**
 * R30, R31, R14: may `grantor` give `grant`? Reasons and their order follow SPEC §10.
 */
export const checkGrantWith = (
  idx: SnapshotIndex,
  view: PrincipalView,
  grantor: Principal,
  grant: Grant,
  now: number,
): Decision => {
  const shape = shapeGrant(grant);
  if (typeof shape === 'string') return refuse(shape);
  const cred = exposesCredentials(shape);
  const scope = scopeOf(grant.scope)!;
  if (scope.kind === 'project' && !idx.projects.has(scope.id!))
    return refuse('unknown_target', cred);
  if (scope.kind === 'server' && !idx.servers.has(scope.id!)) return refuse('unknown_target', cred);

  const grantee = grant.grantee as { user?: string; team?: string };
  const toSelf =
    (grantee.user !== undefined && grantee.user === grantor?.userId) ||
    (grantee.team !== undefined && idx.teamsOfUser.get(grantor?.userId)?.includes(grantee.team));
  if (toSelf) return refuse('self_grant', cred); // R31: cannot change its own grants
  if (isOwnerId(idx, grantee.user)) return refuse('owner_grant', cred);

  const members = decideWith(idx, grantor, 'update', membersTarget(shape), now);
  if (!members.allowed) {
    const reason = members.reason === 'no_grant' || members.reason === 'level_too_low';
    return refuse(reason ? 'not_delegator' : members.reason, cred);
  }
  // R31: no escalation — every level given must be held by the grantor at that scope.
  for (let s = 0; s < SECTION_COUNT; s++) {
    const given = shape.named[s]!;
    if (given === NONE) continue;
    const [kind, id] = heldAt(shape, s);
    if (levelOf(view, s, kind, id) < given) return refuse('escalation', cred);
  }
  if (grant.role === 'customer_domain' && !mayPurchaseDomains(view))
    return refuse('escalation', cred);
  return {
    allowed: true,
    reason: 'granted',
    level: LEVEL_NAMES[Math.max(...shape.named)]!,
    grants: members.grants,
    credentialsVisible: cred,
  };
};
