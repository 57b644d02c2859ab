import type { Db } from './database.js';

export interface MemberUserRow {
  id: string;
  email: string;
  name: string;
  kind: 'owner' | 'member';
  since: Date;
}

/** Users with a membership (the owner first). */
export const listMemberUsers = (db: Db, orgId: string): Promise<MemberUserRow[]> =>
  db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.name', 'm.kind', 'm.created_at as since'])
    .where('m.org_id', '=', orgId)
    .orderBy('m.kind', 'desc')
    .orderBy('m.created_at')
    .orderBy('u.id')
    .execute();

/** A grant makes its grantee a member (idempotent). */
export const ensureMembership = async (db: Db, orgId: string, userId: string) => {
  await db
    .insertInto('memberships')
    .values({ org_id: orgId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
};

/** Removes a member (never the owner); its tokens die with it (R22, checked at each request). */
export const deleteMembership = async (db: Db, orgId: string, userId: string) => {
  await db
    .deleteFrom('memberships')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'member')
    .execute();
};
