import type { Effective, Level, Scope } from '@mandate/core';
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
  };
}
