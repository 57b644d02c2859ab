import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import { migrationProvider } from './migrations/index.js';
import { withPreparedStatements } from './prepared-postgres.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; max?: number }
  /** `dataDir` undefined = in memory (tests). */
  | { kind: 'pglite'; dataDir?: string };

/**
 * One Kysely instance over PostgreSQL (postgres.js) or embedded PGlite; the same SQL runs on both.
 *
 * @example const db = createDatabase({ kind: 'pglite' }); await migrateToLatest(db);
 */
export const createDatabase = (config: DatabaseConfig): Db => {
  if (config.kind === 'postgres') {
    const client = postgres(config.url, { max: config.max ?? 10, onnotice: () => {} });
    return new Kysely<Database>({
      dialect: new PostgresJSDialect({ postgres: withPreparedStatements(client) }),
    });
  }
  const pglite = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
};

/** Runs every pending migration; throws with the first failure. */
export const migrateToLatest = async (db: Kysely<unknown> | Db): Promise<void> => {
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
};
