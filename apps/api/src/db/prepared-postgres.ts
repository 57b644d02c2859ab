import type postgres from 'postgres';

type Params = Parameters<postgres.Sql['unsafe']>[1];
type Options = Parameters<postgres.Sql['unsafe']>[2];

/**
 * The postgres.js client as kysely-postgres-js uses it (`reserve`, then `unsafe` and `release`;
 * `end`), with parameterized queries sent as prepared statements. The dialect sends every
 * query unprepared, so PostgreSQL re-plans the token lookup each request: preparing it made
 * that query about 3× faster (see bench/run.ts). Queries without parameters (the
 * migrations' DDL, which may hold several statements) stay unprepared.
 */
export const withPreparedStatements = (client: postgres.Sql) => async () =>
  ({
    reserve: async () => {
      const connection = await client.reserve();
      return {
        unsafe: (query: string, params?: Params, options?: Options) =>
          connection.unsafe(query, params, {
            prepare: params !== undefined && params.length > 0,
            ...options,
          }),
        release: () => connection.release(),
      };
    },
    end: (options?: { timeout?: number }) => client.end(options),
  }) as unknown as postgres.Sql;
