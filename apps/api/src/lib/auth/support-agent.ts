import type { Db } from '../../db/database.js';
import { insertSupportAgent } from '../../db/support-agents.js';
import { newId } from '../ids.js';
import { hashPassword } from './password.js';
import { newTotpSecret } from './totp.js';

/**
 * Creates a staff account (seed, tests, an operator's script — there is no public route).
 * Returns the TOTP secret the agent enrols in an authenticator app.
 */
export const createSupportAgent = async (
  db: Db,
  agent: { email: string; name: string; password: string },
): Promise<{ id: string; totpSecret: string; otpauthUri: string }> => {
  const id = newId('agt');
  const { secret, uri } = newTotpSecret(`support:${agent.email}`);
  await insertSupportAgent(db, {
    id,
    email: agent.email,
    name: agent.name,
    passwordHash: await hashPassword(agent.password),
    totpSecret: secret,
  });
  return { id, totpSecret: secret, otpauthUri: uri };
};
