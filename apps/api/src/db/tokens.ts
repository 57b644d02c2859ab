import type { Db } from './database.js';
import { toJson } from './json.js';
import type { TokenCapJson } from './schema.js';

export interface TokenAuthRow {
  id: string;
  secretHash: string;
  userId: string;
  orgId: string;
  cap: TokenCapJson | null;
  issuedWithMfa: boolean;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
  /** Null when the user is no longer a member of the token's organization (R22). */
  membershipUserId: string | null;
  idleDisableDays: number | null;
}

/** Lookup by the public prefix, with what R22 needs to decide whether the token is alive. */
export const findTokenForAuth = (db: Db, prefix: string): Promise<TokenAuthRow | undefined> =>
  db
    .selectFrom('tokens as t')
    .innerJoin('organizations as o', 'o.id', 't.org_id')
    .leftJoin('memberships as m', (join) =>
      join.onRef('m.org_id', '=', 't.org_id').onRef('m.user_id', '=', 't.user_id'),
    )
    .select([
      't.id',
      't.secret_hash as secretHash',
      't.user_id as userId',
      't.org_id as orgId',
      't.cap',
      't.issued_with_mfa as issuedWithMfa',
      't.expires_at as expiresAt',
      't.revoked_at as revokedAt',
      't.last_used_at as lastUsedAt',
      't.created_at as createdAt',
      'm.user_id as membershipUserId',
      'o.idle_disable_days as idleDisableDays',
    ])
    .where('t.prefix', '=', prefix)
    .executeTakeFirst();

export const insertToken = async (
  db: Db,
  t: {
    id: string;
    prefix: string;
    secretHash: string;
    userId: string;
    orgId: string;
    name: string;
    cap: TokenCapJson | null;
    issuedWithMfa: boolean;
    expiresAt: Date | null;
  },
): Promise<void> => {
  await db
    .insertInto('tokens')
    .values({
      id: t.id,
      prefix: t.prefix,
      secret_hash: t.secretHash,
      user_id: t.userId,
      org_id: t.orgId,
      name: t.name,
      cap: t.cap ? toJson(t.cap) : null,
      issued_with_mfa: t.issuedWithMfa,
      expires_at: t.expiresAt,
    })
    .execute();
};

export const touchToken = async (db: Db, id: string, at: Date): Promise<void> => {
  await db.updateTable('tokens').set({ last_used_at: at }).where('id', '=', id).execute();
};
