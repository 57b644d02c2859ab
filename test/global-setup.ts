import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

// The whole end-to-end run shares one stack: a fresh PostgreSQL database with a random name,
// the built API on it, and both built apps against the API. Everything is torn down and the
// database dropped afterwards (the function this returns is Playwright's global teardown).

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const host = '127.0.0.1';
export const logDir = join(here, 'test-results', 'logs');
const adminUrl = process.env.E2E_PG_ADMIN_URL ?? `postgres://postgres@${host}:5432/postgres`;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(addr)));
    });
  });

const waitFor = async (url: string, child: ChildProcess, seconds = 60) => {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${seconds}s`);
};

const start = (name: string, entry: string, env: Record<string, string>) => {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'w' });
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
};

export default async function globalSetup() {
  mkdirSync(logDir, { recursive: true });
  mkdirSync(join(here, 'test-results', 'screenshots'), { recursive: true });
  const apiEntry = join(root, 'apps/api/dist/server.js');
  if (!existsSync(apiEntry))
    throw new Error('Build the API first: pnpm --filter @mandate/api build');
  const browser = '/usr/bin/chromium';
  if (!existsSync(browser))
    throw new Error(`The flows drive Debian's Chromium at ${browser}: apt-get install -y chromium`);

  const database = `mandate_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${database}`).catch((error: Error) => {
    throw new Error(
      `The flows need PostgreSQL at ${adminUrl} (set E2E_PG_ADMIN_URL): ${error.message}`,
    );
  });
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${database}`;

  const children: ChildProcess[] = [];
  const teardown = async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null) return resolve();
            const timer = setTimeout(() => {
              c.kill('SIGKILL');
              resolve();
            }, 5000);
            c.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
    await admin.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  };

  try {
    const apiPort = await freePort();
    const apiUrl = `http://${host}:${apiPort}`;
    const api = start('api', apiEntry, {
      DATABASE_URL: databaseUrl.toString(),
      API_PORT: String(apiPort),
      API_HOST: host,
    });
    children.push(api);
    await waitFor(`${apiUrl}/health`, api);

    const urls: Record<string, string> = { MANDATE_API_URL: apiUrl, E2E_DATABASE: database };
    for (const [app, key] of [
      ['customer-panel', 'PANEL_URL'],
      ['support-console', 'CONSOLE_URL'],
    ] as const) {
      const entry = join(root, 'apps', app, 'build', 'index.js');
      if (!existsSync(entry)) {
        console.warn(`[e2e] ${app} is not built (${entry}); its flows will be skipped`);
        continue;
      }
      const port = await freePort();
      const origin = `http://${host}:${port}`;
      const child = start(app, entry, {
        PORT: String(port),
        HOST: host,
        ORIGIN: origin,
        MANDATE_API_URL: apiUrl,
      });
      children.push(child);
      await waitFor(origin, child);
      urls[key] = origin;
    }
    // Workers inherit the runner's environment: that is how tests learn the URLs.
    Object.assign(process.env, urls);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
