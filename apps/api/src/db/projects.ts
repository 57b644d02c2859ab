import type { Db } from './database.js';

export interface ProjectRow {
  id: string;
  orgId: string;
  serverId: string | null;
  name: string;
  createdAt: Date;
}

const columns = [
  'id',
  'org_id as orgId',
  'server_id as serverId',
  'name',
  'created_at as createdAt',
] as const;

export const insertProject = async (
  db: Db,
  p: { id: string; orgId: string; serverId: string | null; name: string },
): Promise<ProjectRow> =>
  db
    .insertInto('projects')
    .values({ id: p.id, org_id: p.orgId, server_id: p.serverId, name: p.name })
    .returning(columns)
    .executeTakeFirstOrThrow();

export const listProjects = (db: Db, orgId: string): Promise<ProjectRow[]> =>
  db
    .selectFrom('projects')
    .select(columns)
    .where('org_id', '=', orgId)
    .orderBy('created_at')
    .execute();
