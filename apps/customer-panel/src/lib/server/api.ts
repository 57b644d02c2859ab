import {
  type BodyOf,
  type components,
  createMandateClient,
  type MandateClient,
  type QueryOf,
} from '@mandate/sdk';
import { env } from '$env/dynamic/private';

/**
 * The panel's one door to the Mandate API. Every method is one API operation, called through
 * `@mandate/sdk`'s typed client: paths, parameters, bodies and answers are the generated ones
 * (packages/sdk/src/schema.d.ts). Pages never build an API path. Methods throw `MandateError`.
 * The types below are the generated schemas under the names the pages use.
 */
export const apiUrl = () => env.MANDATE_API_URL || 'http://127.0.0.1:8787';

type Schemas = components['schemas'];
export type Session = Schemas['Session'];
export type Me = Schemas['Me'];
export type MyOrganization = Schemas['MyOrganization'];
export type Organization = Schemas['Organization'];
export type Project = Schemas['Project'];
export type Server = Schemas['Server'];
export type Service = Schemas['Service'];
export type GrantRow = Schemas['Grant'];
export type GrantTerms = Schemas['GrantTerms'];
export type Grantee = Schemas['Grantee'];
export type MemberUser = Schemas['MemberUser'];
export type Team = Schemas['Team'];
export type Invitation = Schemas['Invitation'];
export type InvitationView = Schemas['PublicInvitation'];
export type MembersView = Schemas['Members'];
export type CardRow = Schemas['PermissionsCardRow'];
export type Receipt = Schemas['Receipt'];
export type Billing = Schemas['Billing'];
export type Invoice = Schemas['Invoice'];
export type SectionId = Schemas['SectionId'];
export type PlaceSectionId = Schemas['PlaceSectionId'];
export type PurchaseBody = Schemas['PurchaseBody'];
export type GrantInput = BodyOf<'/v1/orgs/{org}/invitations', 'post'>['grants'][number];

export type MyPermissions = Schemas['MyPermissions'];
export type CheckInput = Schemas['Check'];
export type ApiToken = Schemas['ApiToken'];
export type TokenCap = Schemas['TokenCap'];
export type TokenPolicy = Schemas['TokenPolicy'];
export type AuditEntry = Schemas['AuditEntry'];
export type ApprovalRow = Schemas['Approval'];
export type SupportLogEntry = Schemas['SupportLogEntry'];
export type Company = Schemas['Company'];

export type PanelApi = ReturnType<typeof apiFor>;

/** The SDK client the panel uses: one quick retry at most (a person is waiting on a page). */
export const panelClient = (token: string | null): MandateClient =>
  createMandateClient({ baseUrl: apiUrl(), ...(token ? { token } : {}), retries: 1 });

/** The API client acting with a session token (or anonymously). */
export function apiFor(token: string | null, c: MandateClient = panelClient(token)) {
  const u = c.unwrap;
  const o = (org: string) => ({ params: { path: { org } } });
  const oid = (org: string, id: string) => ({ params: { path: { org, id } } });
  return {
    signUp: (body: BodyOf<'/v1/auth/signup', 'post'>) => u(c.POST('/v1/auth/signup', { body })),
    signIn: (body: BodyOf<'/v1/auth/signin', 'post'>) => u(c.POST('/v1/auth/signin', { body })),
    verifyTotp: (code: string) => u(c.POST('/v1/auth/totp/verify', { body: { code } })),
    signOut: () => u(c.POST('/v1/auth/signout')),
    me: () => u(c.GET('/v1/me')),
    updateMe: (body: BodyOf<'/v1/me', 'patch'>) => u(c.PATCH('/v1/me', { body })),
    enrollMfa: () => u(c.POST('/v1/me/mfa/enroll')),
    confirmMfa: (code: string) => u(c.POST('/v1/me/mfa/confirm', { body: { code } })),
    myOrgs: () => u(c.GET('/v1/me/orgs')),
    createOrg: (name: string) => u(c.POST('/v1/orgs', { body: { name } })),
    org: (id: string) => u(c.GET('/v1/orgs/{org}', o(id))),
    projects: (id: string) => u(c.GET('/v1/orgs/{org}/projects', o(id))),
    createProject: (id: string, body: BodyOf<'/v1/orgs/{org}/projects', 'post'>) =>
      u(c.POST('/v1/orgs/{org}/projects', { ...o(id), body })),
    servers: (id: string) => u(c.GET('/v1/orgs/{org}/servers', o(id))),
    createServer: (id: string, body: BodyOf<'/v1/orgs/{org}/servers', 'post'>) =>
      u(c.POST('/v1/orgs/{org}/servers', { ...o(id), body })),
    invitation: (token: string) =>
      u(c.GET('/v1/invitations/{token}', { params: { path: { token } } })),
    acceptInvitation: (token: string) =>
      u(c.POST('/v1/invitations/{token}/accept', { params: { path: { token } } })),
    services: (id: string, query: QueryOf<'/v1/orgs/{org}/services', 'get'>) =>
      u(c.GET('/v1/orgs/{org}/services', { params: { path: { org: id }, query } })),
    service: (id: string, service: string) =>
      u(c.GET('/v1/orgs/{org}/services/{id}', oid(id, service))),
    createService: (id: string, body: BodyOf<'/v1/orgs/{org}/services', 'post'>) =>
      u(c.POST('/v1/orgs/{org}/services', { ...o(id), body })),
    updateService: (
      id: string,
      service: string,
      body: BodyOf<'/v1/orgs/{org}/services/{id}', 'patch'>,
    ) => u(c.PATCH('/v1/orgs/{org}/services/{id}', { ...oid(id, service), body })),
    deleteService: (id: string, service: string) =>
      u(c.DELETE('/v1/orgs/{org}/services/{id}', oid(id, service))),
    credentials: (id: string, service: string) =>
      u(c.GET('/v1/orgs/{org}/services/{id}/credentials', oid(id, service))),
    purchase: (id: string, body: BodyOf<'/v1/orgs/{org}/purchases', 'post'>) =>
      u(c.POST('/v1/orgs/{org}/purchases', { ...o(id), body })),
    members: (id: string) => u(c.GET('/v1/orgs/{org}/members', o(id))),
    removeMember: (id: string, user: string) =>
      u(c.DELETE('/v1/orgs/{org}/members/{user}', { params: { path: { org: id, user } } })),
    createTeam: (id: string, name: string) =>
      u(c.POST('/v1/orgs/{org}/teams', { ...o(id), body: { name } })),
    deleteTeam: (id: string, team: string) =>
      u(c.DELETE('/v1/orgs/{org}/teams/{team}', { params: { path: { org: id, team } } })),
    addTeamMember: (id: string, team: string, user: string) =>
      u(
        c.PUT('/v1/orgs/{org}/teams/{team}/members/{user}', {
          params: { path: { org: id, team, user } },
        }),
      ),
    removeTeamMember: (id: string, team: string, user: string) =>
      u(
        c.DELETE('/v1/orgs/{org}/teams/{team}/members/{user}', {
          params: { path: { org: id, team, user } },
        }),
      ),
    invite: (id: string, body: BodyOf<'/v1/orgs/{org}/invitations', 'post'>) =>
      u(c.POST('/v1/orgs/{org}/invitations', { ...o(id), body })),
    cancelInvitation: (id: string, invitation: string) =>
      u(c.DELETE('/v1/orgs/{org}/invitations/{id}', oid(id, invitation))),
    grants: (id: string, query: QueryOf<'/v1/orgs/{org}/grants', 'get'>) =>
      u(c.GET('/v1/orgs/{org}/grants', { params: { path: { org: id }, query } })),
    createGrant: (id: string, body: BodyOf<'/v1/orgs/{org}/grants', 'post'>) =>
      u(c.POST('/v1/orgs/{org}/grants', { ...o(id), body })),
    updateGrant: (
      id: string,
      grant: string,
      rowVersion: string,
      body: BodyOf<'/v1/orgs/{org}/grants/{id}', 'put'>,
    ) =>
      u(
        c.PUT('/v1/orgs/{org}/grants/{id}', {
          params: { path: { org: id, id: grant }, header: { 'if-match': rowVersion } },
          body,
        }),
      ),
    deleteGrant: (id: string, grant: string) =>
      u(c.DELETE('/v1/orgs/{org}/grants/{id}', oid(id, grant))),
    previewGrant: (id: string, body: BodyOf<'/v1/orgs/{org}/grants:preview', 'post'>) =>
      c.previewGrant(id, body),
    permissionsCard: (id: string, query: QueryOf<'/v1/orgs/{org}/permissions-card', 'get'>) =>
      u(c.GET('/v1/orgs/{org}/permissions-card', { params: { path: { org: id }, query } })),
    billing: (id: string) => u(c.GET('/v1/orgs/{org}/billing', o(id))),
    invoices: (id: string) => u(c.GET('/v1/orgs/{org}/billing/invoices', o(id))),
    billingServices: (id: string) => u(c.GET('/v1/orgs/{org}/billing/services', o(id))),
    payments: (id: string) => u(c.GET('/v1/orgs/{org}/billing/payments', o(id))),
    addFunds: (id: string, body: BodyOf<'/v1/orgs/{org}/billing/payments', 'post'>) =>
      u(c.POST('/v1/orgs/{org}/billing/payments', { ...o(id), body })),

    myPermissions: (id: string) => u(c.GET('/v1/orgs/{org}/me/permissions', o(id))),
    renounce: (id: string) => u(c.POST('/v1/orgs/{org}/me/renounce', o(id))),
    checkBatch: (id: string, checks: CheckInput[]) =>
      u(c.POST('/v1/orgs/{org}/check:batch', { ...o(id), body: { checks } })),
    check: (id: string, query: QueryOf<'/v1/orgs/{org}/check', 'get'>) =>
      u(c.GET('/v1/orgs/{org}/check', { params: { path: { org: id }, query } })),
    effective: (id: string, query: QueryOf<'/v1/orgs/{org}/effective', 'get'>) =>
      u(c.GET('/v1/orgs/{org}/effective', { params: { path: { org: id }, query } })),
    tokens: (id: string) => u(c.GET('/v1/orgs/{org}/tokens', o(id))),
    createToken: (id: string, body: BodyOf<'/v1/orgs/{org}/tokens', 'post'>) =>
      u(c.POST('/v1/orgs/{org}/tokens', { ...o(id), body })),
    revokeToken: (id: string, token: string) =>
      u(c.DELETE('/v1/orgs/{org}/tokens/{id}', oid(id, token))),
    tokenPolicy: (id: string) => u(c.GET('/v1/orgs/{org}/token-policy', o(id))),
    setTokenPolicy: (id: string, body: BodyOf<'/v1/orgs/{org}/token-policy', 'put'>) =>
      u(c.PUT('/v1/orgs/{org}/token-policy', { ...o(id), body })),
    audit: (id: string, query: QueryOf<'/v1/orgs/{org}/audit', 'get'>) =>
      u(c.GET('/v1/orgs/{org}/audit', { params: { path: { org: id }, query } })),
    approvals: (id: string) => u(c.GET('/v1/orgs/{org}/approvals', o(id))),
    decideApproval: (id: string, approval: string, verdict: 'approve' | 'deny') =>
      verdict === 'approve'
        ? u(c.POST('/v1/orgs/{org}/approvals/{id}/approve', oid(id, approval)))
        : u(c.POST('/v1/orgs/{org}/approvals/{id}/deny', oid(id, approval))),
    supportLog: (id: string) => u(c.GET('/v1/orgs/{org}/support-log', o(id))),
    company: (id: string) => u(c.GET('/v1/orgs/{org}/company', o(id))),
    setCompany: (id: string, body: BodyOf<'/v1/orgs/{org}/company', 'put'>) =>
      u(c.PUT('/v1/orgs/{org}/company', { ...o(id), body })),
    closeOrg: (id: string) => u(c.POST('/v1/orgs/{org}/close', o(id))),
  };
}
