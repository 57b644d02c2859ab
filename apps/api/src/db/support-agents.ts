import type { Db } from './database.js';

export interface SupportAgentRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  totpSecret: string;
}

export const insertSupportAgent = async (db: Db, a: SupportAgentRow): Promise<void> => {
  await db
    .insertInto('support_agents')
    .values({
      id: a.id,
      email: a.email,
      name: a.name,
      password_hash: a.passwordHash,
      totp_secret: a.totpSecret,
    })
    .execute();
};

export const findSupportAgentByEmail = (db: Db, email: string) =>
  db
    .selectFrom('support_agents')
    .select(['id', 'email', 'name', 'password_hash as passwordHash', 'totp_secret as totpSecret'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();

export const insertSupportSession = async (
  db: Db,
  s: { id: string; agentId: string; expiresAt: Date },
): Promise<void> => {
  await db
    .insertInto('support_sessions')
    .values({ id: s.id, agent_id: s.agentId, expires_at: s.expiresAt })
    .execute();
};

export const findSupportSession = (db: Db, id: string) =>
  db
    .selectFrom('support_sessions as s')
    .innerJoin('support_agents as a', 'a.id', 's.agent_id')
    .select(['s.id', 's.agent_id as agentId', 's.expires_at as expiresAt', 'a.email', 'a.name'])
    .where('s.id', '=', id)
    .executeTakeFirst();

export const deleteSupportSession = async (db: Db, id: string): Promise<void> => {
  await db.deleteFrom('support_sessions').where('id', '=', id).execute();
};
