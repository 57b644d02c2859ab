/**
 * `pnpm generate`: writes the API's OpenAPI 3.1 document to `openapi.json`, then runs
 * `openapi-typescript openapi.json -o src/schema.d.ts`. `--dir <path>` writes both under another
 * directory instead; `src/generated.test.ts` does that and fails when the committed files differ.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
// The API's source, not its dist: the document must describe the code as it is now.
import { openApiText } from '../../../apps/api/src/openapi-text.js';

/**
 * `--default-non-nullable false`: a property with a default stays optional, as the document says
 * (e.g. `locale` of sign-up); openapi-typescript 7 would otherwise make it required.
 */
const TYPEGEN_FLAGS = ['--default-non-nullable', 'false'];

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes `<dir>/openapi.json` and `<dir>/src/schema.d.ts`. */
export const generate = async (dir: string): Promise<void> => {
  const documentPath = join(dir, 'openapi.json');
  const schemaPath = join(dir, 'src', 'schema.d.ts');
  await mkdir(dirname(schemaPath), { recursive: true });
  await writeFile(documentPath, await openApiText());
  const manifest = createRequire(import.meta.url).resolve('openapi-typescript/package.json');
  const cli = join(dirname(manifest), 'bin', 'cli.js');
  await promisify(execFile)(process.execPath, [
    cli,
    documentPath,
    '-o',
    schemaPath,
    ...TYPEGEN_FLAGS,
  ]);
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const dir = resolve(values.dir ?? packageDir);
  await generate(dir);
  console.log(`wrote ${join(dir, 'openapi.json')} and ${join(dir, 'src', 'schema.d.ts')}`);
}
