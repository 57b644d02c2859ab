import type { paths } from './schema.js';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head';
/** The generated operation of a path and method. */
export type Operation<P extends keyof paths, M extends keyof paths[P] & HttpMethod> = paths[P][M];
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;
type JsonOf<R> = R extends { content: { 'application/json': infer B } }
  ? B
  : R extends { content?: never }
    ? undefined
    : never;
/** What a successful call of that operation answers (its 2xx JSON; `undefined` for a 204). */
export type SuccessOf<P extends keyof paths, M extends keyof paths[P] & HttpMethod> =
  Operation<P, M> extends { responses: infer R }
    ? { [S in keyof R & SuccessStatus]: JsonOf<R[S]> }[keyof R & SuccessStatus]
    : never;
/** The JSON body an operation takes. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P] & HttpMethod> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B
    : never;
/** The query parameters an operation takes. */
export type QueryOf<P extends keyof paths, M extends keyof paths[P] & HttpMethod> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** A page of a list endpoint (docs/api-routes.md: `{ items, nextCursor }`, `?cursor=`). */
export interface Page<T = unknown> {
  items: T[];
  nextCursor: string | null;
}
type GetPaths = {
  [P in keyof paths]: paths[P] extends { get: object } ? P : never;
}[keyof paths];
/** GET paths whose success answer is a page, i.e. what `paginate` accepts. */
export type ListPath = {
  [P in GetPaths]: SuccessOf<P, 'get' & keyof paths[P]> extends Page ? P : never;
}[GetPaths];
/** The item type of a list path. */
export type ItemOf<P extends ListPath> =
  SuccessOf<P, 'get' & keyof paths[P]> extends Page<infer T> ? T : never;
