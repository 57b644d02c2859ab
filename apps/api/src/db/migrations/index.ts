import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0100 from './0100-invitations-tokens.js';
import * as m0200 from './0200-services-billing-support.js';
import * as m0300 from './0300-payments.js';

/** Every migration, in order. Add a file and a line here; no file-system scanning (works from dist). */
const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0100-invitations-tokens': m0100,
  '0200-services-billing-support': m0200,
  '0300-payments': m0300,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
