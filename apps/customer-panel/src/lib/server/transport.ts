import type { MandateClient } from '@mandate/sdk';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface SendOptions {
  /** Values of the `{name}` placeholders of the path template. */
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
}
export interface Transport {
  send<T>(method: Method, path: string, options?: SendOptions): Promise<T>;
}

type Call = (
  path: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Untyped calls through the SDK's client (openapi-fetch + `unwrap`, which throws `MandateError`),
 * only for operations the generated `paths` do not describe yet. Paths are the OpenAPI templates
 * (`/v1/orgs/{org}/tokens`); api.ts declares the panel's view of each answer until the SDK does.
 */
export function transport(client: MandateClient): Transport {
  return {
    async send<T>(method: Method, path: string, options: SendOptions = {}) {
      const call = client[method] as unknown as Call;
      const init: Record<string, unknown> = {
        params: { path: options.path ?? {}, query: clean(options.query) },
      };
      if (options.body !== undefined) init.body = options.body;
      if (options.headers) init.headers = options.headers;
      return (await client.unwrap(call(path, init))) as T;
    },
  };
}

const clean = (query: SendOptions['query']) =>
  Object.fromEntries(Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== ''));
