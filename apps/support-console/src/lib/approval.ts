export type ApprovalState = 'pending' | 'approved' | 'denied' | 'expired' | 'used';

/**
 * What the agent sees of an approval request (R41): a pending or approved request whose time
 * limit has passed is expired; denied and used stay what they are. An unreadable time counts
 * as expired (fail closed, like the core).
 * @example approvalState('approved', '2000-01-01T00:00:00Z', new Date()) // 'expired'
 */
export const approvalState = (status: string, expiresAt: string, now: Date): ApprovalState => {
  if (status === 'denied' || status === 'used') return status;
  const until = Date.parse(expiresAt);
  if (Number.isNaN(until) || until <= now.getTime()) return 'expired';
  if (status === 'approved' || status === 'expired') return status;
  return 'pending';
};

/** Only an approved, unexpired request enables its one action. */
export const isUsable = (state: ApprovalState): boolean => state === 'approved';
