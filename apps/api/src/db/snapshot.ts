import type { OrgSnapshot } from '@mandate/core';
import type { Db } from './database.js';
import { listGrants, toCore } from './grants.js';

/**
 * Everything the evaluator needs about one organization (SPEC §9), read in one snapshot.
 * Grants are ordered by creation so the later of two (should R2 ever be broken) wins.
 */
export const loadOrgSnapshot = async (
  db: Db,
  org: { id: string; ownerId: string },
): Promise<OrgSnapshot> => {
  const [projects, servers, teamRows, grantRows] = await Promise.all([
    db.selectFrom('projects').select('id').where('org_id', '=', org.id).execute(),
    db.selectFrom('servers').select('id').where('org_id', '=', org.id).execute(),
    db
      .selectFrom('teams as t')
      .leftJoin('team_members as tm', 'tm.team_id', 't.id')
      .select(['t.id', 'tm.user_id'])
      .where('t.org_id', '=', org.id)
      .execute(),
    listGrants(db, org.id, { active: true }),
  ]);
  const teams: Record<string, string[]> = {};
  for (const row of teamRows) {
    const members = teams[row.id] ?? [];
    if (row.user_id) members.push(row.user_id);
    teams[row.id] = members;
  }
  return {
    id: org.id,
    ownerId: org.ownerId,
    projects: projects.map((p) => p.id),
    servers: servers.map((s) => s.id),
    teams,
    grants: grantRows.map((g) => toCore(g)),
  };
};

/** User ids with a membership row (the owner's included). */
export const loadOrgMembers = async (db: Db, orgId: string): Promise<string[]> => {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('org_id', '=', orgId)
    .execute();
  return rows.map((r) => r.user_id);
};
