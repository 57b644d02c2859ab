import type { SupportAssessment, Target } from '@mandate/core';

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

export const signIn = async (
  _email: string,
  _password: string,
  _code: string,
): Promise<Result<{ sessionToken: string }>> => notYet();

export const currentAgent = async (_token: string): Promise<Agent | null> => null;

export const signOut = async (_token: string): Promise<void> => {};

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
