import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, packageDir } from '../scripts/generate.js';

// The SDK must never drift from the API: regenerate from the app object and compare with the
// committed files. On failure run `pnpm --filter @mandate/sdk generate` and commit the result.
describe('generated files', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('openapi.json and src/schema.d.ts match the API as it is now', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mandate-sdk-generate-'));
    await generate(dir);
    for (const file of ['openapi.json', 'src/schema.d.ts']) {
      const fresh = await readFile(join(dir, file), 'utf8');
      const committed = await readFile(join(packageDir, file), 'utf8');
      expect(committed, `${file} is stale: run pnpm --filter @mandate/sdk generate`).toBe(fresh);
    }
  }, 120_000);
});
