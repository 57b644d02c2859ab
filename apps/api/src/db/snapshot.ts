import type { Grant, OrgSnapshot, RoleId, Scope } from '@mandate/core';
import type { Db } from './database.js';

type GrantRow = {
  id: string;
  grantee_user_id: string | null;
  grantee_team_id: string | null;
  scope_kind: 'org' | 'project' | 'server';
  project_id: string | null;
  server_id: string | null;
  role: string | null;
  levels: Grant['levels'] | null;
  require_mfa: boolean;
  expires_at: Date | null;
};

const scopeOf = (row: GrantRow): Scope => {
  if (row.scope_kind === 'project') return { project: row.project_id! };
  if (row.scope_kind === 'server') return { server: row.server_id! };
  return { org: true };
};

/** A stored grant as the evaluator reads it. Pending invitation grants are not in a snapshot. */
export const toCoreGrant = (row: GrantRow): Grant => {
  const grantee = row.grantee_user_id
    ? { user: row.grantee_user_id }
    : { team: row.grantee_team_id! };
  return {
    id: row.id,
    grantee,
    scope: scopeOf(row),
    ...(row.role ? { role: row.role as RoleId } : {}),
    ...(row.levels ? { levels: row.levels } : {}),
    ...(row.require_mfa ? { requireMfa: true } : {}),
    ...(row.expires_at ? { expiresAt: row.expires_at.toISOString() } : {}),
  };
};

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
    db
      .selectFrom('grants')
      .select([
        'id',
        'grantee_user_id',
        'grantee_team_id',
        'scope_kind',
        'project_id',
        'server_id',
        'role',
        'levels',
        'require_mfa',
        'expires_at',
      ])
      .where('org_id', '=', org.id)
      .where('invitation_id', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
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
    grants: grantRows.map(toCoreGrant),
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
