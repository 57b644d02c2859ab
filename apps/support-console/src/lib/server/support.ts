import type { SupportAssessment, Target } from '@mandate/core';
import { createMandateClient, isMandateError, type MandateClient } from '@mandate/sdk';
import { env } from '$env/dynamic/private';

/**
 * The console's only door to the API: every call goes through `@mandate/sdk` here, so pages
 * never build an API path themselves. Each function answers a `Result` instead of throwing,
 * so a page can show the API's refusal next to the form it concerns.
 */
export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; code: string; detail: string };

export interface Agent {
  id: string;
  email: string;
  name: string;
}

export interface RequesterOrg {
  id: string;
  name: string;
  role: 'owner' | 'member';
}

export interface Requester {
  id: string;
  email: string;
  name: string;
  orgs: RequesterOrg[];
}

export interface MatrixPlace {
  kind: 'org' | 'project' | 'server';
  id?: string;
  /** Null when the requester may not learn anything about the place (R15). */
  name: string | null;
}

export interface MatrixCell {
  section: string;
  project?: string;
  server?: string;
  assessment: SupportAssessment;
}

export interface Matrix {
  org: { id: string; name: string };
  requester: { id: string; email: string; name: string; kind: SupportAssessment['requester'] };
  mfa: boolean;
  places: MatrixPlace[];
  cells: MatrixCell[];
}

export interface Service {
  id: string;
  section: string;
  project: string;
  name: string;
  details: Record<string, unknown>;
}

export type { ApprovalState } from '$lib/approval';

import type { ApprovalState } from '$lib/approval';

export interface ApprovalView {
  id: string;
  requesterId: string;
  target: Target;
  action: 'view' | 'create' | 'update';
  serviceId?: string;
  reason: string;
  status: ApprovalState;
  expiresAt: string;
  createdAt?: string;
}

const notYet = <T>(): Result<T> => ({
  ok: false,
  status: 503,
  code: 'not_available',
  detail: 'The support API is not available yet.',
});

/** The API's base URL (without `/v1`): `MANDATE_API_URL`, default the local API. */
export const apiUrl = (): string => env.MANDATE_API_URL || 'http://127.0.0.1:8787';

/** An SDK client for one staff session; no retries on the agent's clicks beyond the SDK's. */
const client = (token?: string): MandateClient =>
  createMandateClient({ baseUrl: apiUrl(), ...(token ? { token } : {}) });

/** Runs one SDK call and turns a `MandateError` (or an unreachable API) into a `Result`. */
export const attempt = async <T>(call: () => Promise<T>): Promise<Result<T>> => {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    if (isMandateError(error)) {
      return { ok: false, status: error.status, code: error.code, detail: error.detail };
    }
    return { ok: false, status: 503, code: 'unreachable', detail: String(error) };
  }
};

/** Staff sign-in: password and TOTP code in one call (the support realm demands both). */
export const signIn = async (
  email: string,
  password: string,
  code: string,
): Promise<Result<{ sessionToken: string }>> => {
  const api = client();
  return attempt(async () => {
    const data = await api.unwrap(
      api.POST('/v1/support/auth/signin', { body: { email, password, code } }),
    );
    return { sessionToken: data.sessionToken };
  });
};

/** The agent of a staff session; a 401 means the API no longer accepts it (expired, not staff). */
export const currentAgent = async (token: string): Promise<Result<Agent>> => {
  const api = client(token);
  return attempt(() => api.unwrap(api.GET('/v1/support/me')));
};

export const signOut = async (token: string): Promise<void> => {
  const api = client(token);
  await attempt(() => api.unwrap(api.POST('/v1/support/auth/signout')));
};

export const findRequester = async (
  _token: string,
  _email: string,
): Promise<Result<Requester | null>> => notYet();

export const getMatrix = async (
  _token: string,
  _org: string,
  _user: string,
  _mfa: boolean,
): Promise<Result<Matrix>> => notYet();

export const assess = async (
  _token: string,
  _org: string,
  _user: string,
  _mfa: boolean,
  _target: Target,
): Promise<Result<SupportAssessment>> => notYet();

export const listServices = async (
  _token: string,
  _org: string,
  _user: string,
  _mfa: boolean,
  _target: Target,
): Promise<Result<Service[]>> => notYet();

export interface ApprovalAsk {
  user: string;
  mfa: boolean;
  target: Target;
  action: 'view' | 'create' | 'update';
  reason: string;
  serviceId?: string;
}

export const askApproval = async (
  _token: string,
  _org: string,
  _ask: ApprovalAsk,
): Promise<Result<ApprovalView>> => notYet();

export const getApproval = async (
  _token: string,
  _org: string,
  _id: string,
): Promise<Result<ApprovalView>> => notYet();

export interface ActionRequest {
  user: string;
  mfa: boolean;
  target: Target;
  action: 'view' | 'create' | 'update';
  serviceId?: string;
  changes?: { name?: string; details?: Record<string, unknown> };
  approvalId?: string;
}

export const perform = async (
  _token: string,
  _org: string,
  _req: ActionRequest,
): Promise<Result<{ service: Service | null }>> => notYet();

export const openTicket = async (
  _token: string,
  _org: string,
  _ticket: { project?: string; server?: string; subject: string },
): Promise<Result<{ id: string; alerted: number | null }>> => notYet();
