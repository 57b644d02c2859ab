import type { Level } from '@mandate/core';
import type { ColumnType, Generated } from 'kysely';

/** `timestamptz`: read as Date, written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `bigint`: drivers read int8 as string or number; write any of them. */
type Int8 = ColumnType<
  string | number | bigint,
  string | number | bigint,
  string | number | bigint
>;

/** A bigint column's value as written (any of the drivers' readings). */
type Int8Value = string | number | bigint;

export type LevelMap = Partial<Record<string, Level>>;
export interface TokenCapJson {
  levels?: LevelMap;
  projects?: string[];
  readOnly?: boolean;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  name: string;
  locale: Generated<string>;
  totp_secret: string | null;
  mfa_enabled: Generated<boolean>;
  recovery_code_hashes: ColumnType<string[], string | undefined, string>;
  created_at: DefaultTimestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  expires_at: Timestamp;
  mfa: Generated<boolean>;
  second_factor_pending: Generated<boolean>;
  created_at: DefaultTimestamp;
}

export interface OrganizationsTable {
  id: string;
  owner_id: string;
  name: string;
  balance_cents: ColumnType<string | number | bigint, Int8Value | undefined, Int8Value>;
  company_details: ColumnType<Record<string, unknown>, string | undefined, string>;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  max_token_days: Generated<number>;
  require_expiry: Generated<boolean>;
  idle_disable_days: number | null;
  /** Bumped in the same transaction as any change to the organization's snapshot. */
  authz_version: ColumnType<string | number | bigint, Int8 | undefined, Int8>;
  /** How far below zero the balance may go (R11, R44). */
  credit_limit_cents: ColumnType<string | number | bigint, Int8Value | undefined, Int8Value>;
  created_at: DefaultTimestamp;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  kind: ColumnType<'owner' | 'member', 'owner' | 'member' | undefined, 'owner' | 'member'>;
  created_at: DefaultTimestamp;
}

export interface TeamsTable {
  id: string;
  org_id: string;
  name: string;
  personal_user_id: string | null;
  created_at: DefaultTimestamp;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface ServersTable {
  id: string;
  org_id: string;
  name: string;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: DefaultTimestamp;
}

export interface ProjectsTable {
  id: string;
  org_id: string;
  server_id: string | null;
  name: string;
  created_at: DefaultTimestamp;
}

export interface ServicesTable {
  id: string;
  org_id: string;
  /** Exactly one of project_id / server_id (server-scope sections live on a server). */
  project_id: string | null;
  server_id: ColumnType<string | null, string | null | undefined, string | null>;
  section: string;
  name: string;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  secret: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  price_cents: ColumnType<string | number | bigint, Int8Value | undefined, Int8Value>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface InvoicesTable {
  id: string;
  org_id: string;
  number: string;
  service_id: string | null;
  description: string;
  amount_cents: ColumnType<string | number | bigint, Int8Value, Int8Value>;
  currency: Generated<string>;
  status: ColumnType<'paid' | 'due', 'paid' | 'due' | undefined, 'paid' | 'due'>;
  issued_at: DefaultTimestamp;
}

export interface PaymentsTable {
  id: string;
  org_id: string;
  amount_cents: ColumnType<string | number | bigint, Int8Value, Int8Value>;
  currency: Generated<string>;
  paid_by: string | null;
  paid_at: DefaultTimestamp;
}

export interface SupportTicketsTable {
  id: string;
  org_id: string;
  agent_id: string | null;
  requester_id: string | null;
  project_id: string | null;
  server_id: string | null;
  subject: string;
  created_at: DefaultTimestamp;
}

export interface InvitationsTable {
  id: string;
  org_id: string;
  email: string;
  token_hash: string;
  invited_by: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  used_by: string | null;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_by: string | null;
  created_at: DefaultTimestamp;
}

export interface GrantsTable {
  id: string;
  org_id: string;
  grantee_user_id: string | null;
  grantee_team_id: string | null;
  invitation_id: string | null;
  scope_kind: 'org' | 'project' | 'server';
  project_id: string | null;
  server_id: string | null;
  role: string | null;
  levels: ColumnType<LevelMap | null, string | null, string | null>;
  require_mfa: Generated<boolean>;
  expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  note: string | null;
  /** Optimistic concurrency: `If-Match` carries it, every update increments it. */
  row_version: Generated<number>;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface TokensTable {
  id: string;
  prefix: string;
  secret_hash: string;
  user_id: string;
  org_id: string;
  name: Generated<string>;
  cap: ColumnType<TokenCapJson | null, string | null | undefined, string | null>;
  issued_with_mfa: Generated<boolean>;
  expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  last_used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: DefaultTimestamp;
}

export interface SupportAgentsTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  totp_secret: string;
  created_at: DefaultTimestamp;
}

export interface SupportSessionsTable {
  id: string;
  agent_id: string;
  expires_at: Timestamp;
  created_at: DefaultTimestamp;
}

export interface ApprovalsTable {
  id: string;
  org_id: string;
  requester_id: string;
  agent_id: string | null;
  section: string;
  project_id: string | null;
  server_id: string | null;
  service_id: string | null;
  action: 'view' | 'create' | 'update';
  reason: Generated<string>;
  status: ColumnType<
    'pending' | 'approved' | 'denied' | 'used',
    'pending' | 'approved' | 'denied' | 'used' | undefined,
    'pending' | 'approved' | 'denied' | 'used'
  >;
  expires_at: Timestamp;
  decided_by: string | null;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: DefaultTimestamp;
}

export interface AlertsTable {
  id: string;
  recipient_user_id: string | null;
  recipient_email: string | null;
  org_id: string | null;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: DefaultTimestamp;
  sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface AuditLogTable {
  id: Generated<string>;
  org_id: string | null;
  kind: ColumnType<'audit' | 'support' | 'auth', 'audit' | 'support' | 'auth' | undefined, never>;
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_agent_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  before: ColumnType<unknown, string | null | undefined, never>;
  after: ColumnType<unknown, string | null | undefined, never>;
  at: DefaultTimestamp;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  servers: ServersTable;
  projects: ProjectsTable;
  services: ServicesTable;
  invoices: InvoicesTable;
  payments: PaymentsTable;
  support_tickets: SupportTicketsTable;
  invitations: InvitationsTable;
  grants: GrantsTable;
  tokens: TokensTable;
  support_agents: SupportAgentsTable;
  support_sessions: SupportSessionsTable;
  approvals: ApprovalsTable;
  alerts: AlertsTable;
  audit_log: AuditLogTable;
}
