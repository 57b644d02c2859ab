import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { catalog } from '@mandate/core';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { setBalance } from '../src/db/billing.js';
import { createDatabase, type Db, migrateToLatest } from '../src/db/database.js';
import { insertGrant } from '../src/db/grants.js';
import { ensureMembership } from '../src/db/members.js';
import { insertOrganization } from '../src/db/organizations.js';
import { insertProject } from '../src/db/projects.js';
import { insertServices, type NewService } from '../src/db/services.js';
import { insertToken } from '../src/db/tokens.js';
import { insertUser } from '../src/db/users.js';
import { newApiTokenSecret } from '../src/lib/auth/api-token.js';
import { newId, randomText } from '../src/lib/ids.js';

/**
 * `pnpm --filter @mandate/api bench`: a bare Hono JSON GET vs `GET /v1/orgs/{org}/check` with a
 * token (target ≥ 0.85× throughput, p99 overhead ≤ 1 ms), a batch of 100 checks, and the
 * services list of a member of an organization with 10,000 services (p95 < 20 ms). A fresh
 * PostgreSQL database (random name, dropped after) or PGlite with BENCH_PGLITE=1. ~50 s.
 */
const here = dirname(fileURLToPath(import.meta.url));
const ADMIN_URL =
  process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SERVICES = 10_000;
const PROJECTS = 20;
// Services spread over the catalog's project sections (the catalog is the only list of them).
const SECTIONS = catalog.sections.filter((s) => s.scope === 'project').map((s) => s.id);

const seed = async (db: Db) => {
  const owner = newId('usr');
  const member = newId('usr');
  const orgId = newId('org');
  for (const [id, email] of [
    [owner, 'owner'],
    [member, 'member'],
  ] as const) {
    await insertUser(db, {
      id,
      email: `${email}-${randomText(6)}@bench.test`,
      name: email,
      locale: 'en',
      passwordHash: 'x',
    });
  }
  await insertOrganization(db, { id: orgId, ownerId: owner, name: 'Bench' });
  const projects: string[] = [];
  for (let i = 0; i < PROJECTS; i++) {
    projects.push(
      (await insertProject(db, { id: newId('prj'), orgId, serverId: null, name: `p${i}` })).id,
    );
  }
  await ensureMembership(db, orgId, member);
  // A hosting web grant on 3 projects of 20, and read on databases everywhere: mixed visibility.
  for (const project of projects.slice(0, 3)) {
    await insertGrant(db, {
      id: newId('grt'),
      orgId,
      grantee: { user: member },
      createdBy: owner,
      scope: { project },
      role: 'hosting_web',
      levels: null,
      requireMfa: false,
      expiresAt: null,
      note: null,
    });
  }
  await insertGrant(db, {
    id: newId('grt'),
    orgId,
    grantee: { user: member },
    createdBy: owner,
    scope: { org: true },
    role: null,
    levels: { databases: 'read' },
    requireMfa: false,
    expiresAt: null,
    note: null,
  });
  const services: NewService[] = [];
  for (let i = 0; i < SERVICES; i++) {
    services.push({
      id: newId('svc'),
      orgId,
      section: SECTIONS[i % SECTIONS.length] as string,
      projectId: projects[i % PROJECTS] as string,
      serverId: null,
      name: `service-${i}`,
      details: { n: i },
      secret: i % 3 === 0 ? `secret-${i}` : null,
      priceCents: 0,
    });
  }
  await insertServices(db, services);
  await setBalance(db, orgId, { balanceCents: 100_000 });
  const { secret, prefix, hash } = newApiTokenSecret();
  await insertToken(db, {
    id: newId('tok'),
    prefix,
    secretHash: hash,
    userId: member,
    orgId,
    name: 'bench',
    cap: null,
    issuedWithMfa: false,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return { orgId, projects, token: secret };
};

const startServer = async (
  env: Record<string, string>,
): Promise<{ child: ChildProcess; apiPort: number; barePort: number }> => {
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(here, 'serve.ts')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.includes('"ready"')) {
      const { apiPort, barePort } = JSON.parse(line) as { apiPort: number; barePort: number };
      return { child, apiPort, barePort };
    }
  }
  throw new Error('the bench server did not start');
};

const load = async (name: string, opts: Parameters<typeof autocannon>[0]) => {
  await autocannon({ ...opts, duration: 1, connections: CONNECTIONS }); // warm-up
  const r = await autocannon({ ...opts, duration: SECONDS, connections: CONNECTIONS });
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
  };
};

/** Exact p95 of one client's sequential requests. */
const sequentialP95 = async (url: string, headers: Record<string, string>, n = 300) => {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} → ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(n * 0.5)] ?? 0, p95: times[Math.floor(n * 0.95)] ?? 0 };
};

const main = async () => {
  const usePglite = process.env.BENCH_PGLITE === '1';
  const dbName = `mandate_bench_${Date.now().toString(36)}_${randomText(6)}`;
  const admin = usePglite ? null : postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const pgliteDir = usePglite ? mkdtempSync(join(tmpdir(), 'mandate-bench-')) : '';
  let url = '';
  if (admin) {
    await admin.unsafe(`create database ${dbName}`);
    const u = new URL(ADMIN_URL);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  let child: ChildProcess | undefined;
  try {
    const db = usePglite
      ? createDatabase({ kind: 'pglite', dataDir: pgliteDir })
      : createDatabase({ kind: 'postgres', url, max: 2 });
    await migrateToLatest(db);
    const t0 = performance.now();
    const { orgId, token } = await seed(db);
    await db.destroy();
    console.log(
      `seeded ${SERVICES} services in ${PROJECTS} projects (${Math.round(performance.now() - t0)} ms) on ${usePglite ? 'PGlite' : 'PostgreSQL'}`,
    );
    const server = await startServer(
      usePglite ? { BENCH_PGLITE_DIR: pgliteDir } : { DATABASE_URL: url },
    );
    child = server.child;
    const api = `http://127.0.0.1:${server.apiPort}`;
    const auth = { authorization: `Bearer ${token}` };
    const checkUrl = `${api}/v1/orgs/${orgId}/check?action=view&section=databases`;
    const batch = JSON.stringify({
      checks: Array.from({ length: 100 }, (_, i) => ({
        action: ['view', 'update', 'view_credentials', 'create'][i % 4],
        section: SECTIONS[i % SECTIONS.length],
      })),
    });
    const listUrl = `${api}/v1/orgs/${orgId}/services?limit=50`;
    const results = [
      await load('bare Hono JSON GET', { url: `http://127.0.0.1:${server.barePort}/bare` }),
      await load('GET /check (token)', { url: checkUrl, headers: auth }),
      await load('POST /check:batch ×100', {
        url: `${api}/v1/orgs/${orgId}/check:batch`,
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: batch,
      }),
      await load('GET /services (member, 10k)', { url: listUrl, headers: auth }),
    ];
    const seq = await sequentialP95(listUrl, auth);
    const [bare, check] = results as [(typeof results)[0], (typeof results)[0]];
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each (after 1 s warm-up)`);
    console.log('scenario                          req/s     p50 ms  p97.5 ms  p99 ms');
    for (const r of results) {
      console.log(
        `${r.name.padEnd(32)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p97_5).padStart(9)} ${String(r.p99).padStart(7)}`,
      );
    }
    const ratio = check.rps / bare.rps;
    const overhead = check.p99 - bare.p99;
    console.log(
      `\n/check vs bare: ${ratio.toFixed(2)}× throughput (target ≥ 0.85), p99 overhead ${overhead.toFixed(2)} ms (target ≤ 1)`,
    );
    console.log(
      `services list, one client sequentially: p50 ${seq.p50.toFixed(2)} ms, p95 ${seq.p95.toFixed(2)} ms (target < 20)`,
    );
  } finally {
    if (child?.pid) {
      child.kill('SIGTERM');
      await once(child, 'exit').catch(() => {});
    }
    if (admin) {
      await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
  }
};

await main();
