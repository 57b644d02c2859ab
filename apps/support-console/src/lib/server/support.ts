import type { Target } from '@mandate/core';
import {
  type BodyOf,
  type components,
  createMandateClient,
  isMandateError,
  type MandateClient,
  type SuccessOf,
} from '@mandate/sdk';
import { env } from '$env/dynamic/private';

/**
 * The console's only door to the API: every call goes through `@mandate/sdk` here, so pages
 * never build an API path themselves. Each function answers a `Result` instead of throwing,
 * so a page can show the API's refusal next to the form it concerns.
 */
export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; code: string; detail: string };

// The support desk's answers and bodies are the SDK's generated types (the API's OpenAPI
// document); the console declares none of its own.
type Schemas = components['schemas'];
export type Assessment = Schemas['SupportAssessment'];
export type ApiTarget = Schemas['Target'];
export type Requester = SuccessOf<'/v1/support/requesters', 'get'>;
export type Matrix = SuccessOf<'/v1/support/orgs/{org}/matrix', 'get'>;
export type Service = Schemas['SupportService'];
export type Approval = SuccessOf<'/v1/support/orgs/{org}/approvals/{id}', 'get'>;
export type ApprovalAsk = BodyOf<'/v1/support/orgs/{org}/approvals', 'post'>;
export type ActionRequest = BodyOf<'/v1/support/orgs/{org}/actions', 'post'>;
/**
 * The generated `service` of this answer is `SupportService & (Record<string, never> | null)`
 * (the API's nullable named schema, OpenAPI 3.0 `allOf` + `nullable`), which no value fits: it
 * is read as what the API sends, `SupportService | null`.
 */
export type ActionResult = Omit<SuccessOf<'/v1/support/orgs/{org}/actions', 'post'>, 'service'> & {
  service: Service | null;
};
export type TicketRequest = BodyOf<'/v1/support/orgs/{org}/tickets', 'post'>;
export type Ticket = SuccessOf<'/v1/support/orgs/{org}/tickets', 'post'>;

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
export const currentAgent = async (token: string) => {
  const api = client(token);
  return attempt(() => api.unwrap(api.GET('/v1/support/me')));
};

export const signOut = async (token: string): Promise<void> => {
  const api = client(token);
  await attempt(() => api.unwrap(api.POST('/v1/support/auth/signout')));
};

const mfaQuery = (mfa: boolean) => (mfa ? ('true' as const) : ('false' as const));

/**
 * A core target as the API's `Target`: the section id was checked against the catalog when
 * the URL was read (`readTarget`), and the API validates it again.
 */
const apiTarget = (t: Target): ApiTarget => ({
  section: t.section as ApiTarget['section'],
  ...(t.project !== undefined ? { project: t.project } : {}),
  ...(t.server !== undefined ? { server: t.server } : {}),
});

/** The requester with that e-mail and their organizations; null when no user has it (404). */
export const findRequester = async (
  token: string,
  email: string,
): Promise<Result<Requester | null>> => {
  const api = client(token);
  const got = await attempt(() =>
    api.unwrap(api.GET('/v1/support/requesters', { params: { query: { email } } })),
  );
  if (!got.ok && got.status === 404) return { ok: true, data: null };
  return got;
};

/** Every section × place assessed for the requester (§7); the API leaves out what R15 hides. */
export const getMatrix = (
  token: string,
  org: string,
  user: string,
  mfa: boolean,
): Promise<Result<Matrix>> => {
  const api = client(token);
  return attempt(() =>
    api.unwrap(
      api.GET('/v1/support/orgs/{org}/matrix', {
        params: { path: { org }, query: { user, mfa: mfaQuery(mfa) } },
      }),
    ),
  );
};

/** One cell's assessment (audited, R43). */
export const assess = async (
  token: string,
  org: string,
  user: string,
  mfa: boolean,
  target: Target,
): Promise<Result<Assessment>> => {
  const api = client(token);
  const got = await attempt(() =>
    api.unwrap(
      api.GET('/v1/support/orgs/{org}/assess', {
        params: { path: { org }, query: { user, mfa: mfaQuery(mfa), ...apiTarget(target) } },
      }),
    ),
  );
  return got.ok ? { ok: true, data: got.data.assessment } : got;
};

/** Services of a cell, only where the requester may disclose (otherwise the API answers 404). */
export const listServices = async (
  token: string,
  org: string,
  user: string,
  mfa: boolean,
  target: Target,
): Promise<Result<Service[]>> => {
  const api = client(token);
  const query = { user, mfa: mfaQuery(mfa), ...apiTarget(target) };
  return attempt(async () => {
    const items: Service[] = [];
    for await (const s of api.paginate('/v1/support/orgs/{org}/services', {
      params: { path: { org }, query },
    }))
      items.push(s);
    return items;
  });
};

/** R41: an approval request the owner answers in the customer panel. */
export const askApproval = (
  token: string,
  org: string,
  body: Omit<ApprovalAsk, 'target'> & { target: Target },
): Promise<Result<Approval>> => {
  const api = client(token);
  return attempt(() =>
    api.unwrap(
      api.POST('/v1/support/orgs/{org}/approvals', {
        params: { path: { org } },
        body: { ...body, target: apiTarget(body.target) },
      }),
    ),
  );
};

/** An approval request with its state as of now (the API says expired and used). */
export const getApproval = (token: string, org: string, id: string): Promise<Result<Approval>> => {
  const api = client(token);
  return attempt(() =>
    api.unwrap(api.GET('/v1/support/orgs/{org}/approvals/{id}', { params: { path: { org, id } } })),
  );
};

/**
 * R40: the console only ever sends view, create or update (the API refuses delete anyway).
 * With `approvalId`, the approved request is used up (R41: once).
 */
export const perform = (
  token: string,
  org: string,
  body: Omit<ActionRequest, 'target' | 'action'> & {
    target: Target;
    action: 'view' | 'create' | 'update';
  },
): Promise<Result<ActionResult>> => {
  const api = client(token);
  return attempt(
    () =>
      api.unwrap(
        api.POST('/v1/support/orgs/{org}/actions', {
          params: { path: { org } },
          body: { ...body, target: apiTarget(body.target) },
        }),
      ) as Promise<ActionResult>,
  );
};

/** R44: a technical ticket about a project or a server alerts its technical contacts. */
export const openTicket = (
  token: string,
  org: string,
  body: TicketRequest,
): Promise<Result<Ticket>> => {
  const api = client(token);
  return attempt(() =>
    api.unwrap(api.POST('/v1/support/orgs/{org}/tickets', { params: { path: { org } }, body })),
  );
};
