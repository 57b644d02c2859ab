import type { SupportAssessment, Target } from '@mandate/core';
import { createMandateClient, isMandateError, type MandateClient } from '@mandate/sdk';
import { env } from '$env/dynamic/private';
import { type ApprovalState, approvalState } from '$lib/approval';

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

export type { ApprovalState };

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

/**
 * The support desk routes (docs/api-routes.md "Support desk") were not yet in the SDK's
 * generated paths when this was written, so they go through the SDK's client untyped, and
 * every answer is read by a parser below. Once the SDK is regenerated, switch to the typed
 * `api.GET('/v1/support/…')` calls; the parsers stay as the one place the shapes are mapped.
 */
interface UntypedClient {
  GET(path: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  POST(
    path: string,
    init: object,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}
const desk = (token: string) => {
  const api = client(token);
  return { api, raw: api as unknown as UntypedClient };
};

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const optStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const toTarget = (v: unknown): Target => {
  const t = obj(v);
  const project = optStr(t.project) ?? optStr(t.projectId);
  const server = optStr(t.server) ?? optStr(t.serverId);
  return {
    section: str(t.section),
    ...(project ? { project } : {}),
    ...(server ? { server } : {}),
  };
};

export const parseRequester = (raw: unknown): Requester | null => {
  const body = obj(raw);
  const user = obj(body.user ?? body.requester ?? body);
  const id = str(user.id);
  if (!id) return null;
  const orgs = list(body.organizations ?? body.orgs ?? user.organizations ?? user.orgs).map((o) => {
    const org = obj(o);
    return {
      id: str(org.id),
      name: str(org.name),
      role: org.role === 'owner' ? ('owner' as const) : ('member' as const),
    };
  });
  return { id, email: str(user.email), name: str(user.name), orgs };
};

export const parseMatrix = (raw: unknown, org: string, user: string, mfa: boolean): Matrix => {
  const body = obj(raw);
  const o = obj(body.org ?? body.organization);
  const r = obj(body.requester ?? body.user);
  const places: MatrixPlace[] = list(body.places).map((p) => {
    const place = obj(p);
    const kind = place.kind === 'project' || place.kind === 'server' ? place.kind : 'org';
    const id = optStr(place.id);
    return { kind, ...(id ? { id } : {}), name: optStr(place.name) ?? null };
  });
  if (!places.some((p) => p.kind === 'org')) places.unshift({ kind: 'org', name: str(o.name) });
  const cells: MatrixCell[] = list(body.cells).map((c) => {
    const cell = obj(c);
    const target = toTarget(cell.target ?? cell);
    const assessment = obj(cell.assessment ?? cell) as unknown as SupportAssessment;
    return { ...target, assessment };
  });
  const first = cells[0]?.assessment.requester;
  return {
    org: { id: str(o.id) || org, name: str(o.name) },
    requester: {
      id: str(r.id) || user,
      email: str(r.email),
      name: str(r.name),
      kind:
        r.kind === 'owner' || r.kind === 'member' || r.kind === 'stranger'
          ? r.kind
          : (first ?? 'stranger'),
    },
    mfa,
    places,
    cells,
  };
};

export const parseService = (raw: unknown): Service => {
  const s = obj(raw);
  return {
    id: str(s.id),
    section: str(s.section),
    project: str(s.project ?? s.projectId),
    name: str(s.name),
    details: obj(s.details),
  };
};

export const parseApproval = (raw: unknown, now = new Date()): ApprovalView => {
  const a = obj(obj(raw).approval ?? raw);
  const expiresAt = str(a.expiresAt);
  const action = a.action === 'create' || a.action === 'update' ? a.action : 'view';
  const serviceId = optStr(a.serviceId);
  return {
    id: str(a.id),
    requesterId: str(a.requesterId ?? a.user ?? a.userId),
    target: toTarget(a.target ?? a),
    action,
    ...(serviceId ? { serviceId } : {}),
    reason: str(a.reason),
    status: approvalState(str(a.status), expiresAt, now),
    expiresAt,
  };
};

const call = async (
  run: () => Promise<{ data?: unknown; error?: unknown; response: Response }>,
  unwrap: MandateClient['unwrap'],
) => unwrap(run());

export const findRequester = async (
  token: string,
  email: string,
): Promise<Result<Requester | null>> => {
  const { api, raw } = desk(token);
  const got = await attempt(() =>
    call(() => raw.GET('/v1/support/requesters', { params: { query: { email } } }), api.unwrap),
  );
  if (!got.ok) return got.status === 404 ? { ok: true, data: null } : got;
  const body = obj(got.data);
  // A list answer (`items`) or a single requester.
  const first = Array.isArray(body.items) ? body.items[0] : got.data;
  return { ok: true, data: first === undefined ? null : parseRequester(first) };
};

export const getMatrix = async (
  token: string,
  org: string,
  user: string,
  mfa: boolean,
): Promise<Result<Matrix>> => {
  const { api, raw } = desk(token);
  const got = await attempt(() =>
    call(
      () =>
        raw.GET('/v1/support/orgs/{org}/matrix', {
          params: { path: { org }, query: { user, mfa: String(mfa) } },
        }),
      api.unwrap,
    ),
  );
  return got.ok ? { ok: true, data: parseMatrix(got.data, org, user, mfa) } : got;
};

export const assess = async (
  token: string,
  org: string,
  user: string,
  mfa: boolean,
  target: Target,
): Promise<Result<SupportAssessment>> => {
  const { api, raw } = desk(token);
  const got = await attempt(() =>
    call(
      () =>
        raw.GET('/v1/support/orgs/{org}/assess', {
          params: { path: { org }, query: { user, mfa: String(mfa), ...target } },
        }),
      api.unwrap,
    ),
  );
  if (!got.ok) return got;
  const body = obj(got.data);
  return { ok: true, data: obj(body.assessment ?? body) as unknown as SupportAssessment };
};

export const listServices = async (
  token: string,
  org: string,
  user: string,
  mfa: boolean,
  target: Target,
): Promise<Result<Service[]>> => {
  const { api, raw } = desk(token);
  const got = await attempt(() =>
    call(
      () =>
        raw.GET('/v1/support/orgs/{org}/services', {
          params: { path: { org }, query: { user, mfa: String(mfa), ...target } },
        }),
      api.unwrap,
    ),
  );
  if (!got.ok) return got;
  const body = obj(got.data);
  return { ok: true, data: list(body.items ?? body.services ?? got.data).map(parseService) };
};

export interface ApprovalAsk {
  user: string;
  mfa: boolean;
  target: Target;
  action: 'view' | 'create' | 'update';
  reason: string;
  serviceId?: string;
}

export const askApproval = async (
  token: string,
  org: string,
  ask: ApprovalAsk,
): Promise<Result<ApprovalView>> => {
  const { api, raw } = desk(token);
  const got = await attempt(() =>
    call(
      () => raw.POST('/v1/support/orgs/{org}/approvals', { params: { path: { org } }, body: ask }),
      api.unwrap,
    ),
  );
  return got.ok ? { ok: true, data: parseApproval(got.data) } : got;
};

export const getApproval = async (
  token: string,
  org: string,
  id: string,
): Promise<Result<ApprovalView>> => {
  const { api, raw } = desk(token);
  const got = await attempt(() =>
    call(
      () => raw.GET('/v1/support/orgs/{org}/approvals/{id}', { params: { path: { org, id } } }),
      api.unwrap,
    ),
  );
  return got.ok ? { ok: true, data: parseApproval(got.data) } : got;
};

export interface ActionRequest {
  user: string;
  mfa: boolean;
  target: Target;
  action: 'view' | 'create' | 'update';
  serviceId?: string;
  changes?: { name?: string; details?: Record<string, unknown> };
  approvalId?: string;
}

/** R40: the body can only say view, create or update; the console has no way to ask delete. */
export const perform = async (
  token: string,
  org: string,
  req: ActionRequest,
): Promise<Result<{ service: Service | null }>> => {
  const { api, raw } = desk(token);
  const got = await attempt(() =>
    call(
      () => raw.POST('/v1/support/orgs/{org}/actions', { params: { path: { org } }, body: req }),
      api.unwrap,
    ),
  );
  if (!got.ok) return got;
  const body = obj(got.data);
  const service = body.service ?? (body.id ? body : null);
  return { ok: true, data: { service: service ? parseService(service) : null } };
};

export const openTicket = async (
  token: string,
  org: string,
  ticket: { project?: string; server?: string; subject: string },
): Promise<Result<{ id: string; alerted: number | null }>> => {
  const { api, raw } = desk(token);
  const got = await attempt(() =>
    call(
      () => raw.POST('/v1/support/orgs/{org}/tickets', { params: { path: { org } }, body: ticket }),
      api.unwrap,
    ),
  );
  if (!got.ok) return got;
  const body = obj(obj(got.data).ticket ?? got.data);
  const alerted = body.alerted ?? body.alertedContacts ?? obj(got.data).alerted;
  return {
    ok: true,
    data: {
      id: str(body.id),
      alerted:
        typeof alerted === 'number' ? alerted : Array.isArray(alerted) ? alerted.length : null,
    },
  };
};
