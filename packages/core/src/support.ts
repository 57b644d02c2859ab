import { measure, type Place, resolvePlace } from './measure.js';
import { LEVEL_NAMES, MANAGE, NONE, READ, SECTIONS, sectionIndex } from './section-index.js';
import { isOwnerId, parseTime, type SnapshotIndex } from './snapshot-index.js';
import type {
  Approval,
  SupportAction,
  SupportAssessment,
  SupportVerdict,
  Target,
} from './types.js';

const verdicts = (
  view: SupportVerdict,
  change: SupportVerdict,
  del: SupportVerdict,
): Record<SupportAction, SupportVerdict> => ({ view, create: change, update: change, delete: del });

const refuse = (requester: SupportAssessment['requester'], reason: string): SupportAssessment => ({
  requester,
  level: 'none',
  disclose: false, // §7 last row: nothing, not even whether the service exists
  actions: verdicts('verify_owner', 'verify_owner', 'verify_owner'),
  reason,
});

const samePlace = (idx: SnapshotIndex, a: Target, place: Place): boolean => {
  const other = resolvePlace(idx, sectionIndex.get(a?.section), a?.project, a?.server);
  return (
    !!other && other.section === place.section && other.kind === place.kind && other.id === place.id
  );
};

/** R41: an approved, unexpired, unused approval for this requester, target and action. */
const approvedFor = (
  idx: SnapshotIndex,
  approvals: Approval[],
  userId: string,
  place: Place,
  action: 'create' | 'update',
  now: number,
): boolean =>
  approvals.some(
    (a) =>
      a?.status === 'approved' &&
      a.requesterId === userId &&
      a.action === action &&
      a.expiresAt !== undefined &&
      parseTime(a.expiresAt) > now &&
      samePlace(idx, a.target, place),
  );

const scratch = { ok: 0, all: 0, tokOk: 0, tokAll: 0 };

/** SPEC §7, R40–R42: what support may do for this requester on this target. */
export const assessWith = (
  idx: SnapshotIndex,
  req: { userId: string; mfa: boolean },
  target: Target,
  approvals: Approval[],
  now: number,
): SupportAssessment => {
  const isOwner = isOwnerId(idx, req?.userId);
  const u = idx.users.get(req?.userId);
  const requester = isOwner ? 'owner' : u && u.memberUntil > now ? 'member' : 'stranger';
  const place = resolvePlace(
    idx,
    sectionIndex.get(target?.section),
    target?.project,
    target?.server,
  );
  if (!place) return refuse(requester, 'unknown_target');
  if (isOwner) {
    return {
      requester,
      level: 'manage',
      disclose: true,
      actions: verdicts('perform', 'perform', 'customer_only'), // R40
      reason: 'owner',
    };
  }
  if (requester === 'stranger') return refuse(requester, 'not_member');
  const ownerOnly = SECTIONS[place.section]!.ownerOnly;
  // R42: without a second factor on the request, requireMfa grants do not count.
  const m = measure(u, place.section, place.kind, place.id, req.mfa === true, now, true, scratch);
  const level = ownerOnly ? NONE : m.ok;
  if (level === NONE)
    return refuse(requester, !ownerOnly && m.all > NONE ? 'mfa_required' : 'no_grant');
  const change = (action: 'create' | 'update'): SupportVerdict =>
    level === MANAGE || approvedFor(idx, approvals, req.userId, place, action, now)
      ? 'perform'
      : 'needs_owner_approval';
  return {
    requester,
    level: LEVEL_NAMES[level]!,
    disclose: level >= READ,
    actions: {
      view: 'perform',
      create: change('create'),
      update: change('update'),
      delete: 'customer_only',
    },
    reason: 'granted',
  };
};
