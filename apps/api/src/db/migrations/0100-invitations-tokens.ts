import { type Kysely, sql } from 'kysely';

/**
 * Phase 2a: invitations can be revoked (R33) and are looked up by org and e-mail; grants and
 * tokens are listed per grantee / user; audit rows are filtered by actor and action (R34).
 */
const statements = [
  'alter table invitations add column revoked_at timestamptz',
  'alter table invitations add column revoked_by text references users (id)',
  'create index grants_org_user_idx on grants (org_id, grantee_user_id)',
  'create index grants_invitation_idx on grants (invitation_id)',
  'create index audit_log_org_actor_idx on audit_log (org_id, actor_user_id, at)',
  'create index alerts_recipient_idx on alerts (recipient_user_id, created_at)',
];

export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of statements) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  for (const index of [
    'grants_org_user_idx',
    'grants_invitation_idx',
    'audit_log_org_actor_idx',
    'alerts_recipient_idx',
  ]) {
    await sql.raw(`drop index if exists ${index}`).execute(db);
  }
  await sql.raw('alter table invitations drop column if exists revoked_by').execute(db);
  await sql.raw('alter table invitations drop column if exists revoked_at').execute(db);
};
