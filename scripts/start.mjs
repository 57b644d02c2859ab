// `pnpm start`: the API on the embedded database (or DATABASE_URL), seeded with the demo
// organization, then both apps against it. Prints the URLs and the demo logins.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = '127.0.0.1';
const apiPort = Number(process.env.API_PORT ?? 8787);
const panelPort = Number(process.env.PANEL_PORT ?? 3000);
const consolePort = Number(process.env.CONSOLE_PORT ?? 3001);
const apiUrl = `http://${host}:${apiPort}`;
const children = [];

const run = (name, entry, env) => {
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (line) => (line ? `[${name}] ${line}` : line);
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (buf) => {
      for (const line of buf.toString().split('\n')) if (line) console.log(prefix(line));
    });
  }
  child.on('exit', (code) => {
    console.log(`[${name}] exited with ${code}`);
    shutdown(code ?? 1);
  });
  children.push(child);
  return child;
};

const waitFor = async (url, seconds = 60) => {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds}s`);
};

let stopping = false;
function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

// A port already taken would otherwise surface as one line of EADDRINUSE among the logs.
const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
for (const [name, port] of [
  ['API_PORT', apiPort],
  ['PANEL_PORT', panelPort],
  ['CONSOLE_PORT', consolePort],
]) {
  if (!(await isFree(port))) {
    console.error(
      `Port ${port} on ${host} is in use: stop what uses it, or choose another with ${name}=…`,
    );
    process.exit(1);
  }
}

run('api', join(root, 'apps/api/dist/server.js'), {
  API_PORT: String(apiPort),
  API_HOST: host,
  MANDATE_SEED: 'demo',
});
await waitFor(`${apiUrl}/health`);

const apps = [
  ['customer-panel', panelPort, 'Customer panel'],
  ['support-console', consolePort, 'Support console'],
];
const started = [];
for (const [dir, port, title] of apps) {
  const entry = join(root, 'apps', dir, 'build', 'index.js');
  if (!existsSync(entry)) continue;
  const origin = `http://${host}:${port}`;
  run(dir, entry, { PORT: String(port), HOST: host, ORIGIN: origin, MANDATE_API_URL: apiUrl });
  await waitFor(origin);
  started.push([title, origin]);
}

// The seed module says who the demo users are (apps/api/src/seed/demo.ts).
const demo = await import(join(root, 'apps/api/dist/seed/demo.js')).catch(() => null);
console.log('\nMandate is running:');
console.log(`  API              ${apiUrl}   (reference: ${apiUrl}/docs)`);
for (const [title, origin] of started) console.log(`  ${title.padEnd(16)} ${origin}`);
if (demo?.demoLogins) {
  console.log('\nDemo logins:');
  for (const l of demo.demoLogins) {
    console.log(
      `  ${l.role.padEnd(30)} ${l.email}  /  ${l.password}${l.note ? `  — ${l.note}` : ''}`,
    );
  }
}
if (demo?.demoAgentCode) {
  // The support console asks for the agent's TOTP code; this one is valid for about 30 s.
  console.log(
    `\nSupport agent's current TOTP code: ${demo.demoAgentCode()} (changes every 30 s; \`pnpm demo:code\` prints a fresh one)`,
  );
}
console.log(
  '\nNo e-mail leaves this machine: an invitation link is printed below as "[api] [mandate] invitation for …".',
);
console.log('\nPress Ctrl+C to stop.');
