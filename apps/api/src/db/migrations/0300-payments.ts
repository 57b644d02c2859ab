import { type Kysely, sql } from 'kysely';

/** Payments credit the balance (SPEC §2: `billing` covers balance, invoices and payments). */
const statements = [
  `create table payments (
    id text primary key,
    org_id text not null references organizations (id) on delete cascade,
    amount_cents bigint not null check (amount_cents > 0),
    currency text not null default 'EUR',
    paid_by text references users (id) on delete set null,
    paid_at timestamptz not null default now()
  )`,
  'create index payments_org_idx on payments (org_id, paid_at, id)',
];

export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of statements) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql.raw('drop table if exists payments').execute(db);
};
