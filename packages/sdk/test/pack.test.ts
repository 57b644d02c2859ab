import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `pnpm test:pack`: `pnpm pack` → a third-party project (examples/sample) installs the tarballs
// from disk and its dependencies from the npm registry → `tsc --noEmit` on its script, then a
// runtime import. Not part of `pnpm test`: it needs the registry and rebuilds `dist`, which other
// packages' tests import while the root run is going (vitest.pack.config.ts).
const run = promisify(execFile);
const sdkDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const coreDir = resolve(sdkDir, '../core');
const tsc = join(
  dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
  'bin',
  'tsc',
);

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Packs a workspace package into `into` and returns the tarball's path. */
const pack = async (dir: string, into: string, as: string) => {
  const before = new Set(await readdir(into));
  await run('pnpm', ['pack', '--pack-destination', into], { cwd: dir });
  const tarball = (await readdir(into)).find((f) => f.endsWith('.tgz') && !before.has(f));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${dir}`);
  await rename(join(into, tarball), join(into, as));
  return join(into, as);
};

describe('the packed SDK in a separate project', () => {
  let tmp: string;
  let sample: string;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'mandate-sdk-pack-'));
    sample = join(tmp, 'sample');
    await cp(join(sdkDir, 'examples', 'sample'), sample, {
      recursive: true,
      filter: (source) => !source.includes('node_modules'),
    });
    // @mandate/core is not on the registry: the sample installs its tarball next to the SDK's.
    if (!(await exists(join(coreDir, 'dist', 'index.js')))) {
      await run('pnpm', ['run', 'build'], { cwd: coreDir });
    }
    await run('pnpm', ['run', 'build'], { cwd: sdkDir });
    await pack(coreDir, sample, 'mandate-core.tgz');
    await pack(sdkDir, sample, 'mandate-sdk.tgz');
    await run(
      'npm',
      ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'],
      { cwd: sample },
    );
  }, 180_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('ships dist (with schema.d.ts), openapi.json and README, no tests', async () => {
    const installed = join(sample, 'node_modules', '@mandate', 'sdk');
    const dist = await readdir(join(installed, 'dist'));
    expect(dist).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'schema.d.ts']));
    expect(dist.filter((f) => f.includes('.test.') || f === 'test')).toEqual([]);
    expect(await exists(join(installed, 'openapi.json'))).toBe(true);
    expect(await exists(join(installed, 'README.md'))).toBe(true);
  });

  it('type-checks the sample script (strict, skipLibCheck off)', async () => {
    const result = await run(process.execPath, [tsc, '-p', join(sample, 'tsconfig.json')]).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('');
  }, 120_000);

  it('imports in plain Node as ESM', async () => {
    const script = `const sdk = await import('@mandate/sdk');
      const mandate = sdk.createMandateClient({ baseUrl: 'http://127.0.0.1:9' });
      console.log(typeof mandate.GET, sdk.sectionIds.length > 30, sdk.reasonLabel('no_grant', 'en').length > 0);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: sample,
    });
    expect(stdout.trim()).toBe('function true true');
  });
});
