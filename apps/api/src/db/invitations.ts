import type { Db } from './database.js';

export interface InvitationRow {
  id: string;
  orgId: string;
  email: string;
  invitedBy: string;
  expiresAt: Date;
  usedAt: Date | null;
  usedBy: string | null;
  revokedAt: Date | null;
  createdAt: Date;
}

const columns = [
  'i.id',
  'i.org_id as orgId',
  'i.email',
  'i.invited_by as invitedBy',
  'i.expires_at as expiresAt',
  'i.used_at as usedAt',
  'i.used_by as usedBy',
  'i.revoked_at as revokedAt',
  'i.created_at as createdAt',
] as const;

export type InvitationState = 'pending' | 'accepted' | 'expired' | 'revoked';

/** R33: used, revoked and expired links do nothing; the state says which. */
export const invitationState = (row: InvitationRow, now: Date): InvitationState => {
  if (row.usedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
};

export const insertInvitation = async (
  db: Db,
  i: {
    id: string;
    orgId: string;
    email: string;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
) => {
  await db
    .insertInto('invitations')
    .values({
      id: i.id,
      org_id: i.orgId,
      email: i.email,
      token_hash: i.tokenHash,
      invited_by: i.invitedBy,
      expires_at: i.expiresAt,
    })
    .execute();
};

/** By the hash of the link's secret (the secret itself is never stored, R33). */
export const findInvitationByHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom('invitations as i')
    .innerJoin('organizations as o', 'o.id', 'i.org_id')
    .select([
      ...columns,
      'o.name as orgName',
      'o.owner_id as ownerId',
      'o.closed_at as orgClosedAt',
    ])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();

export const findInvitation = (
  db: Db,
  orgId: string,
  id: string,
): Promise<InvitationRow | undefined> =>
  db
    .selectFrom('invitations as i')
    .select(columns)
    .where('i.org_id', '=', orgId)
    .where('i.id', '=', id)
    .executeTakeFirst();

/** Invitations not yet used or revoked (expired ones included, so they can be re-sent). */
export const listOpenInvitations = (db: Db, orgId: string): Promise<InvitationRow[]> =>
  db
    .selectFrom('invitations as i')
    .select(columns)
    .where('i.org_id', '=', orgId)
    .where('i.used_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .orderBy('i.created_at')
    .execute();

/** Ends a still-open invitation; false when it was already used or revoked. */
const closeInvitation = async (
  db: Db,
  id: string,
  set: { used_at: Date; used_by: string } | { revoked_at: Date; revoked_by: string },
  stillValidAt?: Date,
): Promise<boolean> => {
  let query = db
    .updateTable('invitations')
    .set(set)
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null);
  if (stillValidAt) query = query.where('expires_at', '>', stillValidAt);
  return (await query.returning('id').execute()).length > 0;
};

/** Single use (R33): only the first of concurrent accepts marks it, and only before expiry. */
export const markInvitationUsed = (db: Db, id: string, userId: string, now: Date) =>
  closeInvitation(db, id, { used_at: now, used_by: userId }, now);

export const markInvitationRevoked = (db: Db, id: string, userId: string, now: Date) =>
  closeInvitation(db, id, { revoked_at: now, revoked_by: userId });
