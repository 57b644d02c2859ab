import createClient, { type Client, type MaybeOptionalInit, type Middleware } from 'openapi-fetch';
import { convenienceMethods } from './methods.js';
import { type FetchLike, type RetryOptions, retryOptions, withRetries } from './retry.js';
import type { paths } from './schema.js';
import type { ItemOf, ListPath, Page } from './types.js';
import { unwrap } from './unwrap.js';

/** A bearer credential, or a function returning the current one (e.g. after a refresh). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface MandateClientOptions {
  /** Where the API lives, without `/v1` (paths carry it), e.g. `https://api.example.com`. */
  baseUrl: string;
  /**
   * `Authorization: Bearer …` for every request: a session token from `/v1/auth/signin`, or an
   * API token `mnd_…` issued for one organization. Omit for public endpoints only.
   */
  token?: TokenSource;
  /** A fetch implementation (default: the global `fetch`), e.g. `(req) => app.fetch(req)`. */
  fetch?: FetchLike;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Retries for idempotent requests (GET, HEAD, PUT, DELETE) on network errors, 429 and 503,
   * honouring `Retry-After`. A number is the retry count (default 2; 0 = off).
   */
  retries?: number | RetryOptions;
}

const resolveToken = async (token: TokenSource | undefined) =>
  typeof token === 'function' ? await token() : token;

/** Sets `Authorization: Bearer …` unless the call set its own. */
const bearerAuth = (token: TokenSource | undefined): Middleware => ({
  async onRequest({ request }) {
    if (request.headers.has('Authorization')) return undefined;
    const value = await resolveToken(token);
    if (value) request.headers.set('Authorization', `Bearer ${value}`);
    return request;
  },
});

/**
 * Creates a Mandate client: the typed openapi-fetch client (`GET`, `POST`, … over every path of
 * the API, answering `{ data, error, response }`) plus `unwrap`, `paginate` and convenience
 * methods that throw `MandateError`.
 *
 * @example
 * const mandate = createMandateClient({ baseUrl: 'https://api.example.com', token: 'mnd_…' });
 * const { data, error } = await mandate.GET('/v1/orgs/{org}', { params: { path: { org } } });
 */
export const createMandateClient = (options: MandateClientOptions) => {
  const baseFetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const client: Client<paths> = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: withRetries(baseFetch, retryOptions(options.retries)),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  client.use(bearerAuth(options.token));

  /**
   * Iterates every item of a list endpoint, following `nextCursor` page after page.
   *
   * @example
   * for await (const grant of mandate.paginate('/v1/orgs/{org}/grants', { params: { path: { org } } })) {}
   */
  async function* paginate<P extends ListPath>(
    path: P,
    init: MaybeOptionalInit<paths[P], 'get'>,
  ): AsyncGenerator<ItemOf<P>, void, undefined> {
    let cursor: string | null = null;
    do {
      const given = (init ?? {}) as { params?: { query?: Record<string, unknown> } };
      const params: { query: Record<string, unknown> } = {
        ...given.params,
        query: { ...given.params?.query, ...(cursor === null ? {} : { cursor }) },
      };
      // The generic path defeats openapi-fetch's overloads; the types are P's, checked above.
      const get = client.GET as unknown as (
        path: string,
        init: object,
      ) => Promise<{ data?: Page<ItemOf<P>>; error?: unknown; response: Response }>;
      const page: Page<ItemOf<P>> = await unwrap(get(path, { ...given, params }));
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor !== null);
  }

  return Object.assign(client, {
    unwrap,
    paginate,
    ...convenienceMethods(client),
    /** A new client with the same options and another credential (e.g. an issued token). */
    withToken: (token: TokenSource) => createMandateClient({ ...options, token }),
  });
};

export type MandateClient = ReturnType<typeof createMandateClient>;
