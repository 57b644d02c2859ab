import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { createDatabase, type DatabaseConfig, migrateToLatest } from './db/database.js';
import { isEmpty, seedDemo } from './seed/demo.js';

const databaseConfig = (): DatabaseConfig => {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: process.env.MANDATE_DATA_DIR ?? './.mandate-data' };
};

const main = async () => {
  const config = databaseConfig();
  const db = createDatabase(config);
  await migrateToLatest(db);
  // `pnpm start`: the demo organization, only into an empty database.
  if (process.env.MANDATE_SEED === 'demo' && (await isEmpty(db))) {
    const { orgId } = await seedDemo(db);
    console.log(`Seeded the demo organization "Acme Hosting" (${orgId}).`);
  }
  const app = createApp({
    db,
    trustProxy: process.env.API_TRUST_PROXY === '1',
    log: (line) => console.log(line),
  });
  const port = Number(process.env.API_PORT ?? 8787);
  const hostname = process.env.API_HOST ?? '127.0.0.1';
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    const store = config.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.dataDir})`;
    console.log(`Mandate API on http://${hostname}:${info.port} — docs at /docs — ${store}`);
  });
  const stop = () => {
    server.close();
    void db.destroy().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
