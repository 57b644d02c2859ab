import { sql } from 'kysely';
import type { Db } from './database.js';
import { toNumber } from './json.js';

/**
 * Bumps the organization's authz_version and returns the new value. Call it inside the same
 * transaction as any change to grants, teams, team members, memberships, tokens, projects or
 * servers: every API instance reads the version on each request, so the change is enforced on
 * the very next request (stale window 0, R20).
 *
 * @example await db.transaction().execute(async (trx) => {
 *   await deleteGrant(trx, id); const v = await bumpAuthzVersion(trx, orgId); })
 */
export const bumpAuthzVersion = async (db: Db, orgId: string): Promise<number> => {
  const row = await db
    .updateTable('organizations')
    .set({ authz_version: sql`authz_version + 1` })
    .where('id', '=', orgId)
    .returning('authz_version')
    .executeTakeFirstOrThrow();
  return toNumber(row.authz_version);
};
