import type { Db } from './database.js';

export interface TeamRow {
  id: string;
  orgId: string;
  name: string;
  createdAt: Date;
  members: string[];
}

/** Teams of an organization with their member ids (personal teams, R50, are not listed). */
export const listTeams = async (db: Db, orgId: string): Promise<TeamRow[]> => {
  const rows = await db
    .selectFrom('teams as t')
    .leftJoin('team_members as tm', 'tm.team_id', 't.id')
    .select(['t.id', 't.org_id as orgId', 't.name', 't.created_at as createdAt', 'tm.user_id'])
    .where('t.org_id', '=', orgId)
    .where('t.personal_user_id', 'is', null)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
  const teams = new Map<string, TeamRow>();
  for (const row of rows) {
    const team = teams.get(row.id) ?? {
      id: row.id,
      orgId: row.orgId,
      name: row.name,
      createdAt: row.createdAt,
      members: [],
    };
    if (row.user_id) team.members.push(row.user_id);
    teams.set(row.id, team);
  }
  return [...teams.values()];
};

export const findTeam = async (db: Db, orgId: string, id: string) =>
  (await listTeams(db, orgId)).find((t) => t.id === id);

export const insertTeam = async (db: Db, t: { id: string; orgId: string; name: string }) => {
  await db.insertInto('teams').values({ id: t.id, org_id: t.orgId, name: t.name }).execute();
};

export const renameTeam = async (db: Db, orgId: string, id: string, name: string) => {
  await db
    .updateTable('teams')
    .set({ name })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
};

/** Deletes the team; its grants and memberships go with it (foreign keys cascade). */
export const deleteTeam = async (db: Db, orgId: string, id: string) => {
  await db.deleteFrom('teams').where('org_id', '=', orgId).where('id', '=', id).execute();
};

/** True when the user was added (false: already a member of the team). */
export const addTeamMember = async (db: Db, teamId: string, userId: string): Promise<boolean> => {
  const rows = await db
    .insertInto('team_members')
    .values({ team_id: teamId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .returning('user_id')
    .execute();
  return rows.length > 0;
};

export const removeTeamMember = async (
  db: Db,
  teamId: string,
  userId: string,
): Promise<boolean> => {
  const result = await db
    .deleteFrom('team_members')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
};

/** Removes the user from every team of the organization; the team ids it left. */
export const leaveOrgTeams = async (db: Db, orgId: string, userId: string): Promise<string[]> => {
  const rows = await db
    .deleteFrom('team_members')
    .where('user_id', '=', userId)
    .where('team_id', 'in', (eb) => eb.selectFrom('teams').select('id').where('org_id', '=', orgId))
    .returning('team_id')
    .execute();
  return rows.map((r) => r.team_id);
};
