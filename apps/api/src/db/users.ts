import { sql } from 'kysely';
import type { Db } from './database.js';
import { toJson } from './json.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  locale: string;
  passwordHash: string;
  totpSecret: string | null;
  mfaEnabled: boolean;
  recoveryCodeHashes: string[];
  createdAt: Date;
}

const columns = [
  'id',
  'email',
  'name',
  'locale',
  'password_hash as passwordHash',
  'totp_secret as totpSecret',
  'mfa_enabled as mfaEnabled',
  'recovery_code_hashes as recoveryCodeHashes',
  'created_at as createdAt',
] as const;

export const insertUser = async (
  db: Db,
  user: { id: string; email: string; name: string; locale: string; passwordHash: string },
): Promise<void> => {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      password_hash: user.passwordHash,
    })
    .execute();
};

export const findUserByEmail = (db: Db, email: string): Promise<UserRow | undefined> =>
  db
    .selectFrom('users')
    .select(columns)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();

export const findUserById = (db: Db, id: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();

/** Stores a TOTP secret awaiting confirmation (MFA stays off until a code proves it). */
export const setPendingTotpSecret = async (db: Db, userId: string, secret: string) => {
  await db
    .updateTable('users')
    .set({ totp_secret: secret })
    .where('id', '=', userId)
    .where('mfa_enabled', '=', false)
    .execute();
};

export const enableMfa = async (db: Db, userId: string, recoveryCodeHashes: string[]) => {
  await db
    .updateTable('users')
    .set({ mfa_enabled: true, recovery_code_hashes: toJson(recoveryCodeHashes) })
    .where('id', '=', userId)
    .execute();
};

/** Removes one used recovery code; false when another request consumed it first. */
export const consumeRecoveryCode = async (
  db: Db,
  userId: string,
  codeHash: string,
): Promise<boolean> => {
  const result = await sql`
    update users set recovery_code_hashes = recovery_code_hashes - ${codeHash}::text
    where id = ${userId} and jsonb_exists(recovery_code_hashes, ${codeHash}::text)
  `.execute(db);
  return (result.numAffectedRows ?? 0n) > 0n;
};

/** Profile fields a user edits on their own account. */
export const updateProfile = async (
  db: Db,
  userId: string,
  changes: { name?: string | undefined; locale?: string | undefined },
): Promise<void> => {
  if (changes.name === undefined && changes.locale === undefined) return;
  await db
    .updateTable('users')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
    })
    .where('id', '=', userId)
    .execute();
};
