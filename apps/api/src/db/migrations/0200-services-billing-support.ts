import { type Kysely, sql } from 'kysely';

/**
 * Phase 2b: services live in a project or on a server (server-scope sections such as
 * `firewall`); invoices derived from every debit of the balance (R12); a credit limit, so a
 * balance can turn negative and alert billing readers (R44); support tickets (R44).
 */
const statements = [
  'alter table services alter column project_id drop not null',
  'alter table services add column server_id text references servers (id) on delete cascade',
  'alter table services add column updated_at timestamptz not null default now()',
  `alter table services add constraint services_one_place
    check (num_nonnulls(project_id, server_id) = 1)`,
  'create index services_org_id_idx on services (org_id, id)',
  'create index services_org_server_idx on services (org_id, section, server_id)',
  // How far below zero the balance may go (postpaid customers); 0 = prepaid.
  'alter table organizations add column credit_limit_cents bigint not null default 0',
  `create table invoices (
    id text primary key,
    org_id text not null references organizations (id) on delete cascade,
    number text not null,
    service_id text references services (id) on delete set null,
    description text not null,
    amount_cents bigint not null,
    currency text not null default 'EUR',
    status text not null default 'paid' check (status in ('paid', 'due')),
    issued_at timestamptz not null default now()
  )`,
  'create index invoices_org_idx on invoices (org_id, issued_at, id)',
  `create table support_tickets (
    id text primary key,
    org_id text not null references organizations (id) on delete cascade,
    agent_id text references support_agents (id),
    requester_id text references users (id) on delete set null,
    project_id text references projects (id) on delete cascade,
    server_id text references servers (id) on delete cascade,
    subject text not null,
    created_at timestamptz not null default now()
  )`,
  'create index support_tickets_org_idx on support_tickets (org_id, created_at)',
  'create index approvals_org_requester_idx on approvals (org_id, requester_id)',
  'create index audit_log_org_kind_idx on audit_log (org_id, kind, id)',
];

export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of statements) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of [
    'drop index if exists audit_log_org_kind_idx',
    'drop index if exists approvals_org_requester_idx',
    'drop table if exists support_tickets',
    'drop table if exists invoices',
    'alter table organizations drop column if exists credit_limit_cents',
    'drop index if exists services_org_server_idx',
    'drop index if exists services_org_id_idx',
    'alter table services drop constraint if exists services_one_place',
    'alter table services drop column if exists updated_at',
    'alter table services drop column if exists server_id',
  ]) {
    await sql.raw(statement).execute(db);
  }
};
