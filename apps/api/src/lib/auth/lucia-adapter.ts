import type { Adapter, DatabaseSession, DatabaseUser } from 'lucia';
import type { Db } from '../../db/database.js';
import * as sessions from '../../db/sessions.js';

const toDatabaseSession = (s: sessions.SessionRow): DatabaseSession => ({
  id: s.id,
  userId: s.userId,
  expiresAt: s.expiresAt,
  attributes: { mfa: s.mfa, second_factor_pending: s.secondFactorPending },
});

/**
 * lucia 3's adapter over Kysely: one adapter for PostgreSQL and PGlite. Kept to the session
 * table so lucia (in maintenance) can be swapped without touching routes.
 */
export const kyselyLuciaAdapter = (db: Db): Adapter => ({
  async getSessionAndUser(sessionId) {
    const row = await sessions.findSessionWithUser(db, sessionId);
    if (!row) return [null, null];
    const databaseUser: DatabaseUser = { id: row.userId, attributes: { email: row.email } };
    return [toDatabaseSession(row), databaseUser];
  },
  async getUserSessions(userId) {
    return (await sessions.findUserSessions(db, userId)).map(toDatabaseSession);
  },
  async setSession(session) {
    await sessions.insertSession(db, {
      id: session.id,
      userId: session.userId,
      expiresAt: session.expiresAt,
      mfa: session.attributes.mfa,
      secondFactorPending: session.attributes.second_factor_pending,
    });
  },
  updateSessionExpiration: (sessionId, expiresAt) =>
    sessions.updateSessionExpiry(db, sessionId, expiresAt),
  deleteSession: (sessionId) => sessions.deleteSession(db, sessionId),
  deleteUserSessions: (userId) => sessions.deleteUserSessions(db, userId),
  deleteExpiredSessions: () => sessions.deleteExpiredSessions(db, new Date()),
});
