import type { Decision, Effective, Level, Scope } from '@mandate/core';
import { env } from '$env/dynamic/private';
import { type Transport, transport } from './transport';

/**
 * The panel's one door to the Mandate API. Every method is one API operation, called through
 * `@mandate/sdk` (see transport.ts): pages never build an API path. Methods throw `MandateError`.
 */
export const apiUrl = () => env.MANDATE_API_URL || 'http://127.0.0.1:8787';

export interface Session {
  sessionToken: string;
  mfaRequired: boolean;
  expiresAt: string;
  userId: string;
}
export interface Me {
  id: string;
  email: string;
  name: string;
  locale: string;
  mfaEnabled: boolean;
  credential: { kind: 'session' | 'token'; mfa: boolean; orgId?: string };
}
export interface MyOrganization {
  id: string;
  name: string;
  role: 'owner' | 'member';
  closed: boolean;
}
export interface Organization {
  id: string;
  name: string;
  ownerId: string;
  isOwner: boolean;
  closedAt: string | null;
}
export interface Project {
  id: string;
  orgId: string;
  name: string;
  serverId: string | null;
  createdAt: string;
}
export interface Server {
  id: string;
  orgId: string;
  name: string;
  createdAt: string;
}
export type MyPermissions = Effective & { isOwner: boolean };

export interface GrantInput {
  scope: Scope;
  role?: string;
  levels?: Record<string, Level>;
  requireMfa?: boolean;
  expiresAt?: string;
  note?: string;
}

export interface InvitationView {
  orgId: string;
  orgName: string;
  email: string;
  state: 'pending' | 'accepted' | 'expired' | 'revoked';
  expiresAt: string;
}

/** Every change to who may do what answers with this (docs/api-routes.md). */
export interface Receipt {
  authzVersion: number;
  enforcedFrom: string;
}
export interface Service {
  id: string;
  section: string;
  projectId: string | null;
  serverId: string | null;
  name: string;
  details?: Record<string, unknown> | null;
  hasSecret?: boolean;
  createdAt?: string;
}
export interface CheckInput {
  action: string;
  section: string;
  project?: string;
  server?: string;
}
export interface GrantRow {
  id: string;
  grantee: { user: string } | { team: string };
  scope: Scope;
  role?: string | null;
  levels?: Record<string, Level> | null;
  requireMfa: boolean;
  expiresAt?: string | null;
  note?: string | null;
  rowVersion: number | string;
}
export interface MemberUser {
  id: string;
  email: string;
  name: string;
  isOwner?: boolean;
  teams?: string[];
}
export interface Team {
  id: string;
  name: string;
  members: string[];
}
export interface Invitation {
  id: string;
  email: string;
  expiresAt: string;
  status?: string;
  grants?: GrantInput[];
}
export interface MembersView {
  users: MemberUser[];
  teams: Team[];
  invitations: Invitation[];
}
export interface CardRow {
  grantId?: string;
  grantee: { user: string } | { team: string } | Record<string, string>;
  granteeName?: string;
  via: { user: string } | { team: string } | string;
  scope: Scope;
  levels?: Record<string, Level> | null;
  role?: string | null;
  requireMfa: boolean;
  expiresAt?: string | null;
}
export interface Preview {
  decision: Decision;
  before: Effective;
  after: Effective;
}
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt?: string | null;
  cap?: { levels?: Record<string, Level>; projects?: string[]; readOnly?: boolean } | null;
  mfa?: boolean;
}
export interface TokenPolicy {
  maxTokenDays: number;
  requireExpiry: boolean;
  idleDisableDays: number | null;
}
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName?: string | null;
  action: string;
  target?: string | null;
  before?: unknown;
  after?: unknown;
}
export interface ApprovalRow {
  id: string;
  requesterId: string;
  requesterName?: string;
  agentName?: string;
  target: { section: string; project?: string; server?: string };
  action: 'view' | 'create' | 'update';
  reason: string;
  status: string;
  createdAt: string;
  expiresAt: string;
}
export interface SupportLogEntry {
  id: string;
  at: string;
  agentName?: string | null;
  kind: string;
  requesterId?: string | null;
  target?: { section: string; project?: string; server?: string } | null;
  action?: string | null;
  outcome?: string | null;
  detail?: string | null;
}
export interface Company {
  legalName: string;
  address: string;
  vatNumber: string;
}
export interface Billing {
  balance: number;
  currency: string;
}
export interface Invoice {
  id: string;
  number?: string;
  issuedAt: string;
  amount: number;
  currency: string;
  status: string;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type PanelApi = ReturnType<typeof apiFor>;

/** The API client acting with a session token (or anonymously). */
export function apiFor(token: string | null, t: Transport = transport(apiUrl(), token)) {
  const o = (org: string) => ({ path: { org } });
  return {
    signUp: (body: { email: string; password: string; name: string; locale: string }) =>
      t.send<Session>('POST', '/v1/auth/signup', { body }),
    signIn: (body: { email: string; password: string }) =>
      t.send<Session>('POST', '/v1/auth/signin', { body }),
    verifyTotp: (code: string) =>
      t.send<{ mfa: boolean }>('POST', '/v1/auth/totp/verify', { body: { code } }),
    signOut: () => t.send<void>('POST', '/v1/auth/signout'),
    me: () => t.send<Me>('GET', '/v1/me'),
    updateMe: (body: { name?: string; locale?: string }) => t.send<Me>('PATCH', '/v1/me', { body }),
    enrollMfa: () => t.send<{ secret: string; otpauthUri: string }>('POST', '/v1/me/mfa/enroll'),
    confirmMfa: (code: string) =>
      t.send<{ recoveryCodes: string[] }>('POST', '/v1/me/mfa/confirm', { body: { code } }),
    myOrgs: () => t.send<{ organizations: MyOrganization[] }>('GET', '/v1/me/orgs'),
    createOrg: (name: string) => t.send<Organization>('POST', '/v1/orgs', { body: { name } }),
    org: (id: string) => t.send<Organization>('GET', '/v1/orgs/{org}', o(id)),
    myPermissions: (id: string) =>
      t.send<MyPermissions>('GET', '/v1/orgs/{org}/me/permissions', o(id)),
    projects: (id: string) =>
      t.send<{ projects: Project[] }>('GET', '/v1/orgs/{org}/projects', o(id)),
    createProject: (id: string, body: { name: string; serverId?: string }) =>
      t.send<Project>('POST', '/v1/orgs/{org}/projects', { ...o(id), body }),
    servers: (id: string) => t.send<{ servers: Server[] }>('GET', '/v1/orgs/{org}/servers', o(id)),
    createServer: (id: string, body: { name: string }) =>
      t.send<Server>('POST', '/v1/orgs/{org}/servers', { ...o(id), body }),
    invitation: (token: string) =>
      t.send<InvitationView>('GET', '/v1/invitations/{token}', { path: { token } }),
    acceptInvitation: (token: string) =>
      t.send<{ orgId: string }>('POST', '/v1/invitations/{token}/accept', { path: { token } }),
    renounce: (id: string) =>
      t.send<{ receipt: Receipt }>('POST', '/v1/orgs/{org}/me/renounce', o(id)),
    services: (id: string, query: { section?: string; project?: string; server?: string }) =>
      t.send<Page<Service>>('GET', '/v1/orgs/{org}/services', { ...o(id), query }),
    service: (id: string, service: string) =>
      t.send<Service>('GET', '/v1/orgs/{org}/services/{id}', { path: { org: id, id: service } }),
    createService: (
      id: string,
      body: { section: string; project?: string; server?: string; name: string; secret?: string },
    ) => t.send<Service>('POST', '/v1/orgs/{org}/services', { ...o(id), body }),
    updateService: (id: string, service: string, body: { name?: string; secret?: string }) =>
      t.send<Service>('PATCH', '/v1/orgs/{org}/services/{id}', {
        path: { org: id, id: service },
        body,
      }),
    deleteService: (id: string, service: string) =>
      t.send<void>('DELETE', '/v1/orgs/{org}/services/{id}', { path: { org: id, id: service } }),
    credentials: (id: string, service: string) =>
      t.send<{ secret: string | null }>('GET', '/v1/orgs/{org}/services/{id}/credentials', {
        path: { org: id, id: service },
      }),
    purchase: (
      id: string,
      body: { section: string; project: string; name: string; kind: string },
    ) => t.send<Service>('POST', '/v1/orgs/{org}/purchases', { ...o(id), body }),
    checkBatch: (id: string, checks: CheckInput[]) =>
      t.send<{ decisions: Decision[] }>('POST', '/v1/orgs/{org}/check:batch', {
        ...o(id),
        body: { checks },
      }),
    check: (id: string, query: CheckInput & { user?: string }) =>
      t.send<Decision>('GET', '/v1/orgs/{org}/check', { ...o(id), query: { ...query } }),
    effective: (id: string, query: { user?: string; token?: string }) =>
      t.send<Effective>('GET', '/v1/orgs/{org}/effective', { ...o(id), query }),
    members: (id: string) => t.send<MembersView>('GET', '/v1/orgs/{org}/members', o(id)),
    removeMember: (id: string, user: string) =>
      t.send<{ receipt: Receipt }>('DELETE', '/v1/orgs/{org}/members/{user}', {
        path: { org: id, user },
      }),
    createTeam: (id: string, name: string) =>
      t.send<Team>('POST', '/v1/orgs/{org}/teams', { ...o(id), body: { name } }),
    deleteTeam: (id: string, team: string) =>
      t.send<void>('DELETE', '/v1/orgs/{org}/teams/{team}', { path: { org: id, team } }),
    addTeamMember: (id: string, team: string, user: string) =>
      t.send<unknown>('PUT', '/v1/orgs/{org}/teams/{team}/members/{user}', {
        path: { org: id, team, user },
      }),
    removeTeamMember: (id: string, team: string, user: string) =>
      t.send<unknown>('DELETE', '/v1/orgs/{org}/teams/{team}/members/{user}', {
        path: { org: id, team, user },
      }),
    invite: (id: string, body: { email: string; grants: GrantInput[] }) =>
      t.send<Invitation & { link?: string }>('POST', '/v1/orgs/{org}/invitations', {
        ...o(id),
        body,
      }),
    cancelInvitation: (id: string, invitation: string) =>
      t.send<void>('DELETE', '/v1/orgs/{org}/invitations/{id}', {
        path: { org: id, id: invitation },
      }),
    grants: (id: string, query: { grantee?: string; scope?: string }) =>
      t.send<Page<GrantRow>>('GET', '/v1/orgs/{org}/grants', { ...o(id), query }),
    createGrant: (
      id: string,
      body: GrantInput & { grantee: { user: string } | { team: string } },
    ) =>
      t.send<{ grant: GrantRow; credentialsWarning: boolean; receipt: Receipt }>(
        'POST',
        '/v1/orgs/{org}/grants',
        { ...o(id), body },
      ),
    updateGrant: (id: string, grant: string, rowVersion: string, body: Omit<GrantInput, 'scope'>) =>
      t.send<{ grant: GrantRow; credentialsWarning: boolean; receipt: Receipt }>(
        'PUT',
        '/v1/orgs/{org}/grants/{id}',
        { path: { org: id, id: grant }, headers: { 'If-Match': rowVersion }, body },
      ),
    deleteGrant: (id: string, grant: string) =>
      t.send<{ receipt: Receipt }>('DELETE', '/v1/orgs/{org}/grants/{id}', {
        path: { org: id, id: grant },
      }),
    previewGrant: (
      id: string,
      body: GrantInput & { grantee: { user: string } | { team: string } | { email: string } },
    ) => t.send<Preview>('POST', '/v1/orgs/{org}/grants:preview', { ...o(id), body }),
    permissionsCard: (id: string, query: { project?: string; server?: string }) =>
      t.send<{ rows: CardRow[] }>('GET', '/v1/orgs/{org}/permissions-card', { ...o(id), query }),
    tokens: (id: string) => t.send<Page<ApiToken>>('GET', '/v1/orgs/{org}/tokens', o(id)),
    createToken: (
      id: string,
      body: { name: string; expiresInDays?: number; cap?: ApiToken['cap'] },
    ) =>
      t.send<{ token: ApiToken; secret: string }>('POST', '/v1/orgs/{org}/tokens', {
        ...o(id),
        body,
      }),
    revokeToken: (id: string, token: string) =>
      t.send<unknown>('DELETE', '/v1/orgs/{org}/tokens/{id}', { path: { org: id, id: token } }),
    tokenPolicy: (id: string) => t.send<TokenPolicy>('GET', '/v1/orgs/{org}/token-policy', o(id)),
    setTokenPolicy: (id: string, body: TokenPolicy) =>
      t.send<TokenPolicy>('PUT', '/v1/orgs/{org}/token-policy', { ...o(id), body }),
    audit: (id: string, query: Record<string, string | undefined>) =>
      t.send<Page<AuditEntry>>('GET', '/v1/orgs/{org}/audit', { ...o(id), query }),
    approvals: (id: string) => t.send<Page<ApprovalRow>>('GET', '/v1/orgs/{org}/approvals', o(id)),
    decideApproval: (id: string, approval: string, verdict: 'approve' | 'deny') =>
      t.send<ApprovalRow>('POST', `/v1/orgs/{org}/approvals/{id}/${verdict}`, {
        path: { org: id, id: approval },
      }),
    supportLog: (id: string) =>
      t.send<Page<SupportLogEntry>>('GET', '/v1/orgs/{org}/support-log', o(id)),
    company: (id: string) => t.send<Company>('GET', '/v1/orgs/{org}/company', o(id)),
    setCompany: (id: string, body: Company) =>
      t.send<Company>('PUT', '/v1/orgs/{org}/company', { ...o(id), body }),
    closeOrg: (id: string) => t.send<Organization>('POST', '/v1/orgs/{org}/close', o(id)),
    billing: (id: string) => t.send<Billing>('GET', '/v1/orgs/{org}/billing', o(id)),
    invoices: (id: string) =>
      t.send<Page<Invoice>>('GET', '/v1/orgs/{org}/billing/invoices', o(id)),
    billingServices: (id: string) =>
      t.send<Page<Service>>('GET', '/v1/orgs/{org}/billing/services', o(id)),
  };
}
