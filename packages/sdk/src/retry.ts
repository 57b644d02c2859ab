/** How the client retries idempotent requests. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 turns retrying off). */
  max?: number;
  /** First back-off delay when the server gives no `Retry-After` (default 250 ms, doubled each try). */
  baseDelayMs?: number;
  /**
   * The longest the client waits before one retry (default 10 s). A `Retry-After` longer than
   * this is not waited for: the 429 / 503 response is returned to the caller at once.
   */
  maxDelayMs?: number;
}

/** The fetch signature openapi-fetch calls. */
export type FetchLike = (request: Request) => Promise<Response>;

/**
 * Methods that may be replayed safely (RFC 9110 §9.2.2). POST and PATCH are never retried: a
 * replayed invitation or token issue would create a second one.
 */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUS = new Set([429, 503]);

/** Normalizes `retries` as given to `createMandateClient`. */
export const retryOptions = (value: number | RetryOptions | undefined): Required<RetryOptions> => {
  const given = typeof value === 'number' ? { max: value } : (value ?? {});
  return {
    max: Math.max(0, Math.floor(given.max ?? 2)),
    baseDelayMs: Math.max(0, given.baseDelayMs ?? 250),
    maxDelayMs: Math.max(0, given.maxDelayMs ?? 10_000),
  };
};

/**
 * Reads `Retry-After` (delay-seconds or an HTTP-date) as milliseconds from `now`.
 * Returns `undefined` when the header is absent or unreadable.
 */
export const parseRetryAfter = (value: string | null, now = Date.now()): number | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
};

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Wraps `fetch` so idempotent requests are retried on network errors and on 429 / 503,
 * honouring `Retry-After` up to `maxDelayMs`. Other requests pass through untouched.
 *
 * @example
 * const fetchWithRetries = withRetries((req) => fetch(req), { max: 3 });
 */
export const withRetries = (fetchImpl: FetchLike, options: Required<RetryOptions>): FetchLike => {
  if (options.max === 0) return fetchImpl;
  return async (request) => {
    if (!IDEMPOTENT.has(request.method.toUpperCase())) return fetchImpl(request);
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= options.max;
      // The body of a PUT can be read once: every attempt but the last sends a copy.
      const sent = last ? request : request.clone();
      const backoff = Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs);
      let response: Response;
      try {
        response = await fetchImpl(sent);
      } catch (error) {
        // fetch reports a network failure as a TypeError (WHATWG fetch); anything else is a bug
        // or an abort, and replaying it would not help.
        if (last || request.signal.aborted || !(error instanceof TypeError)) throw error;
        await sleep(backoff, request.signal);
        continue;
      }
      if (last || !RETRY_STATUS.has(response.status)) return response;
      const delay = parseRetryAfter(response.headers.get('Retry-After')) ?? backoff;
      if (delay > options.maxDelayMs) return response;
      await response.body?.cancel();
      await sleep(delay, request.signal);
    }
  };
};
