import type { Db } from './database.js';
import { toNumber } from './json.js';

export interface OrganizationRow {
  id: string;
  ownerId: string;
  name: string;
  closedAt: Date | null;
  createdAt: Date;
  authzVersion: number;
}

export interface OrgAccessRow {
  ownerId: string;
  closedAt: Date | null;
  authzVersion: number;
}

export const insertOrganization = async (
  db: Db,
  org: { id: string; ownerId: string; name: string },
): Promise<void> => {
  await db
    .insertInto('organizations')
    .values({ id: org.id, owner_id: org.ownerId, name: org.name })
    .execute();
  // The owner is a member too (kind 'owner'): one table answers "my organizations".
  await db
    .insertInto('memberships')
    .values({ org_id: org.id, user_id: org.ownerId, kind: 'owner' })
    .execute();
};

export const findOrganization = async (
  db: Db,
  id: string,
): Promise<OrganizationRow | undefined> => {
  const row = await db
    .selectFrom('organizations')
    .select([
      'id',
      'owner_id as ownerId',
      'name',
      'closed_at as closedAt',
      'created_at as createdAt',
      'authz_version as authzVersion',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...row, authzVersion: toNumber(row.authzVersion) };
};

/** The one query every authorized request makes: is the cached evaluator still current? */
export const findOrgAccess = async (db: Db, id: string): Promise<OrgAccessRow | undefined> => {
  const row = await db
    .selectFrom('organizations')
    .select(['owner_id as ownerId', 'closed_at as closedAt', 'authz_version as authzVersion'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...row, authzVersion: toNumber(row.authzVersion) };
};

export interface MyOrganizationRow {
  id: string;
  name: string;
  ownerId: string;
  kind: 'owner' | 'member';
  closedAt: Date | null;
}

export const listUserOrganizations = (db: Db, userId: string): Promise<MyOrganizationRow[]> =>
  db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .select(['o.id', 'o.name', 'o.owner_id as ownerId', 'm.kind', 'o.closed_at as closedAt'])
    .where('m.user_id', '=', userId)
    .orderBy('o.created_at')
    .execute();
