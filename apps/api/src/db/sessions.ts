import type { Db } from './database.js';

export interface SessionRow {
  id: string;
  userId: string;
  expiresAt: Date;
  mfa: boolean;
  secondFactorPending: boolean;
}

const columns = [
  'sessions.id',
  'sessions.user_id as userId',
  'sessions.expires_at as expiresAt',
  'sessions.mfa',
  'sessions.second_factor_pending as secondFactorPending',
] as const;

/** A session with its user's e-mail, in one query (read on every session request). */
export const findSessionWithUser = (
  db: Db,
  id: string,
): Promise<(SessionRow & { email: string }) | undefined> =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([...columns, 'users.email'])
    .where('sessions.id', '=', id)
    .executeTakeFirst();

export const findUserSessions = (db: Db, userId: string): Promise<SessionRow[]> =>
  db.selectFrom('sessions').select(columns).where('user_id', '=', userId).execute();

export const insertSession = async (db: Db, s: SessionRow): Promise<void> => {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      expires_at: s.expiresAt,
      mfa: s.mfa,
      second_factor_pending: s.secondFactorPending,
    })
    .execute();
};

export const updateSessionExpiry = async (db: Db, id: string, expiresAt: Date) => {
  await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
};

/** R7, R23: the session passed a second factor (TOTP at sign-in or after enrolling). */
export const markSessionMfa = async (db: Db, id: string) => {
  await db
    .updateTable('sessions')
    .set({ mfa: true, second_factor_pending: false })
    .where('id', '=', id)
    .execute();
};

export const deleteSession = async (db: Db, id: string) => {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
};

export const deleteUserSessions = async (db: Db, userId: string) => {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
};

export const deleteExpiredSessions = async (db: Db, now: Date) => {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
};
