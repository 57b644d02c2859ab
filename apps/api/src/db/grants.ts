import type { Grant, RoleId, Scope } from '@mandate/core';
import type { Db } from './database.js';
import { toJson } from './json.js';
import type { LevelMap } from './schema.js';

/** One stored grant (a user, team or pending-invitation grantee). */
export interface GrantRecord {
  id: string;
  orgId: string;
  granteeUserId: string | null;
  granteeTeamId: string | null;
  invitationId: string | null;
  scopeKind: 'org' | 'project' | 'server';
  projectId: string | null;
  serverId: string | null;
  role: string | null;
  levels: LevelMap | null;
  requireMfa: boolean;
  expiresAt: Date | null;
  note: string | null;
  rowVersion: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a write sets: everything but identity and bookkeeping. */
export interface GrantValues {
  scope: Scope;
  role: string | null;
  levels: LevelMap | null;
  requireMfa: boolean;
  expiresAt: Date | null;
  note: string | null;
}

export type GranteeRef = { user: string } | { team: string } | { invitation: string };

const columns = [
  'id',
  'org_id as orgId',
  'grantee_user_id as granteeUserId',
  'grantee_team_id as granteeTeamId',
  'invitation_id as invitationId',
  'scope_kind as scopeKind',
  'project_id as projectId',
  'server_id as serverId',
  'role',
  'levels',
  'require_mfa as requireMfa',
  'expires_at as expiresAt',
  'note',
  'row_version as rowVersion',
  'created_by as createdBy',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

export const scopeOfRecord = (g: GrantRecord): Scope => {
  if (g.scopeKind === 'project') return { project: g.projectId! };
  if (g.scopeKind === 'server') return { server: g.serverId! };
  return { org: true };
};

const scopeColumns = (scope: Scope) => ({
  scope_kind: ('project' in scope ? 'project' : 'server' in scope ? 'server' : 'org') as
    | 'org'
    | 'project'
    | 'server',
  project_id: 'project' in scope ? scope.project : null,
  server_id: 'server' in scope ? scope.server : null,
});

/** The grant as the evaluator reads it; an invitation grantee becomes `user` (see invitations). */
export const toCore = (g: GrantRecord, grantee?: Grant['grantee']): Grant => ({
  id: g.id,
  grantee: grantee ?? (g.granteeUserId ? { user: g.granteeUserId } : { team: g.granteeTeamId! }),
  scope: scopeOfRecord(g),
  ...(g.role ? { role: g.role as RoleId } : {}),
  ...(g.levels ? { levels: g.levels } : {}),
  ...(g.requireMfa ? { requireMfa: true } : {}),
  ...(g.expiresAt ? { expiresAt: g.expiresAt.toISOString() } : {}),
});

export const findGrant = (db: Db, orgId: string, id: string): Promise<GrantRecord | undefined> =>
  db
    .selectFrom('grants')
    .select(columns)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

const granteeColumn = (grantee: GranteeRef) =>
  'user' in grantee
    ? (['grantee_user_id', grantee.user] as const)
    : 'team' in grantee
      ? (['grantee_team_id', grantee.team] as const)
      : (['invitation_id', grantee.invitation] as const);

/** R2: the grantee's grant on that scope, if any (locked for update inside a transaction). */
export const findGrantAt = (
  db: Db,
  orgId: string,
  grantee: GranteeRef,
  scope: Scope,
): Promise<GrantRecord | undefined> => {
  const [column, value] = granteeColumn(grantee);
  const s = scopeColumns(scope);
  return db
    .selectFrom('grants')
    .select(columns)
    .where('org_id', '=', orgId)
    .where(column, '=', value)
    .where('scope_kind', '=', s.scope_kind)
    .where('project_id', s.project_id === null ? 'is' : '=', s.project_id)
    .where('server_id', s.server_id === null ? 'is' : '=', s.server_id)
    .forUpdate()
    .executeTakeFirst();
};

export interface GrantFilter {
  grantee?: GranteeRef;
  scope?: Scope;
  /** Only grants to users and teams (pending invitation grants are listed with invitations). */
  active?: boolean;
}

export const listGrants = (db: Db, orgId: string, filter: GrantFilter = {}) => {
  let q = db.selectFrom('grants').select(columns).where('org_id', '=', orgId);
  if (filter.grantee) {
    const [column, value] = granteeColumn(filter.grantee);
    q = q.where(column, '=', value);
  }
  if (filter.scope) {
    const s = scopeColumns(filter.scope);
    q = q
      .where('scope_kind', '=', s.scope_kind)
      .where('project_id', s.project_id === null ? 'is' : '=', s.project_id)
      .where('server_id', s.server_id === null ? 'is' : '=', s.server_id);
  }
  if (filter.active) q = q.where('invitation_id', 'is', null);
  return q.orderBy('created_at').orderBy('id').execute();
};

export const insertGrant = (
  db: Db,
  g: { id: string; orgId: string; grantee: GranteeRef; createdBy: string } & GrantValues,
): Promise<GrantRecord> =>
  db
    .insertInto('grants')
    .values({
      id: g.id,
      org_id: g.orgId,
      grantee_user_id: 'user' in g.grantee ? g.grantee.user : null,
      grantee_team_id: 'team' in g.grantee ? g.grantee.team : null,
      invitation_id: 'invitation' in g.grantee ? g.grantee.invitation : null,
      ...scopeColumns(g.scope),
      role: g.role,
      levels: g.levels ? toJson(g.levels) : null,
      require_mfa: g.requireMfa,
      expires_at: g.expiresAt,
      note: g.note,
      created_by: g.createdBy,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();

/**
 * Optimistic concurrency: updates only when the stored row_version is still `expected`, and
 * increments it. Undefined means another editor won (or the grant is gone).
 */
export const updateGrant = (
  db: Db,
  orgId: string,
  id: string,
  expected: number,
  values: Omit<GrantValues, 'scope'>,
  now: Date,
): Promise<GrantRecord | undefined> =>
  db
    .updateTable('grants')
    .set((eb) => ({
      role: values.role,
      levels: values.levels ? toJson(values.levels) : null,
      require_mfa: values.requireMfa,
      expires_at: values.expiresAt,
      note: values.note,
      row_version: eb('row_version', '+', 1),
      updated_at: now,
    }))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('row_version', '=', expected)
    .returning(columns)
    .executeTakeFirst();

export const deleteGrant = async (db: Db, orgId: string, id: string): Promise<boolean> => {
  const result = await db
    .deleteFrom('grants')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
};

/** Every grant of one user in one organization, removed; the rows as they were (for the audit). */
export const deleteUserGrants = (db: Db, orgId: string, userId: string): Promise<GrantRecord[]> =>
  db
    .deleteFrom('grants')
    .where('org_id', '=', orgId)
    .where('grantee_user_id', '=', userId)
    .returning(columns)
    .execute();

/** Binds an accepted invitation's pending grants to the user (R33). */
export const bindInvitationGrants = (
  db: Db,
  invitationId: string,
  userId: string,
  now: Date,
): Promise<GrantRecord[]> =>
  db
    .updateTable('grants')
    .set((eb) => ({
      grantee_user_id: userId,
      invitation_id: null,
      row_version: eb('row_version', '+', 1),
      updated_at: now,
    }))
    .where('invitation_id', '=', invitationId)
    .returning(columns)
    .execute();
