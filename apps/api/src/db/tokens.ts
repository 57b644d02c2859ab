import type { Db } from './database.js';
import { toJson, toNumber } from './json.js';
import type { OrgAccessRow } from './organizations.js';
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
  /** The organization's access row, read in the same query: saves a round trip per request. */
  org: OrgAccessRow;
}

/** Lookup by the public prefix, with what R22 needs to decide whether the token is alive. */
export const findTokenForAuth = async (
  db: Db,
  prefix: string,
): Promise<TokenAuthRow | undefined> => {
  const row = await db
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
      'o.owner_id as ownerId',
      'o.closed_at as closedAt',
      'o.authz_version as authzVersion',
    ])
    .where('t.prefix', '=', prefix)
    .executeTakeFirst();
  if (!row) return undefined;
  const { ownerId, closedAt, authzVersion, ...token } = row;
  return { ...token, org: { ownerId, closedAt, authzVersion: toNumber(authzVersion) } };
};

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

export interface TokenRow {
  id: string;
  userId: string;
  orgId: string;
  name: string;
  prefix: string;
  cap: TokenCapJson | null;
  issuedWithMfa: boolean;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

const tokenColumns = [
  'id',
  'user_id as userId',
  'org_id as orgId',
  'name',
  'prefix',
  'cap',
  'issued_with_mfa as issuedWithMfa',
  'expires_at as expiresAt',
  'revoked_at as revokedAt',
  'last_used_at as lastUsedAt',
  'created_at as createdAt',
] as const;

/** The user's tokens for one organization, newest first (revoked ones included, R22). */
export const listUserTokens = (db: Db, orgId: string, userId: string): Promise<TokenRow[]> =>
  db
    .selectFrom('tokens')
    .select(tokenColumns)
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();

export const findToken = (db: Db, orgId: string, id: string): Promise<TokenRow | undefined> =>
  db
    .selectFrom('tokens')
    .select(tokenColumns)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Revokes one live token; the row as it is now, or undefined when it was not live. */
export const revokeToken = (db: Db, id: string, at: Date): Promise<TokenRow | undefined> =>
  db
    .updateTable('tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(tokenColumns)
    .executeTakeFirst();

/** R22, R32: every live token of a user for one organization dies. */
export const revokeUserTokens = (
  db: Db,
  orgId: string,
  userId: string,
  at: Date,
): Promise<TokenRow[]> =>
  db
    .updateTable('tokens')
    .set({ revoked_at: at })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returning(tokenColumns)
    .execute();

/** Every live token of an organization dies (closing it). */
export const revokeOrgTokens = (db: Db, orgId: string, at: Date): Promise<TokenRow[]> =>
  db
    .updateTable('tokens')
    .set({ revoked_at: at })
    .where('org_id', '=', orgId)
    .where('revoked_at', 'is', null)
    .returning(tokenColumns)
    .execute();

/** Candidates for leaked secrets, by lookup prefix (the hash is compared by the caller). */
export const findTokensByPrefixes = (db: Db, prefixes: string[]) =>
  prefixes.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('tokens')
        .select([...tokenColumns, 'secret_hash as secretHash'])
        .where('prefix', 'in', prefixes)
        .execute();

export interface TokenPolicyRow {
  maxTokenDays: number;
  requireExpiry: boolean;
  idleDisableDays: number | null;
}

export const findTokenPolicy = (db: Db, orgId: string): Promise<TokenPolicyRow | undefined> =>
  db
    .selectFrom('organizations')
    .select([
      'max_token_days as maxTokenDays',
      'require_expiry as requireExpiry',
      'idle_disable_days as idleDisableDays',
    ])
    .where('id', '=', orgId)
    .executeTakeFirst();

export const updateTokenPolicy = async (db: Db, orgId: string, p: TokenPolicyRow) => {
  await db
    .updateTable('organizations')
    .set({
      max_token_days: p.maxTokenDays,
      require_expiry: p.requireExpiry,
      idle_disable_days: p.idleDisableDays,
    })
    .where('id', '=', orgId)
    .execute();
};
