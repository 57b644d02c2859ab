import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app.js';
import { createDatabase } from '../src/db/database.js';

// The benchmark's server process: the API and a bare Hono app, side by side in one process so
// both pay the same runtime costs; the load generator runs in the parent process.
const url = process.env.DATABASE_URL;
const db = url
  ? createDatabase({ kind: 'postgres', url, max: 10 })
  : createDatabase({ kind: 'pglite', dataDir: process.env.BENCH_PGLITE_DIR ?? '' });
const api = createApp({ db });
const bare = new Hono();
bare.get('/bare', (c) => c.json({ ok: true }));

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });

const [apiPort, barePort] = await Promise.all([listen(api.fetch), listen(bare.fetch)]);
console.log(JSON.stringify({ ready: true, apiPort, barePort }));
process.on('SIGTERM', () => {
  void db.destroy().finally(() => process.exit(0));
});
