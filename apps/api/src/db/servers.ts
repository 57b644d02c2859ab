import type { Db } from './database.js';

export interface ServerRow {
  id: string;
  orgId: string;
  name: string;
  createdAt: Date;
}

const columns = ['id', 'org_id as orgId', 'name', 'created_at as createdAt'] as const;

export const insertServer = async (
  db: Db,
  s: { id: string; orgId: string; name: string },
): Promise<ServerRow> =>
  db
    .insertInto('servers')
    .values({ id: s.id, org_id: s.orgId, name: s.name })
    .returning(columns)
    .executeTakeFirstOrThrow();

export const listServers = (db: Db, orgId: string): Promise<ServerRow[]> =>
  db
    .selectFrom('servers')
    .select(columns)
    .where('org_id', '=', orgId)
    .orderBy('created_at')
    .execute();
