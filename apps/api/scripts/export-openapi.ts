import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, createDatabase, openApiDocument } from '../src/index.js';

// The document comes from the app object: no server, and the database is never queried
// (PGlite in memory is created lazily and closed right away).
const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../../packages/sdk/openapi.json');
const db = createDatabase({ kind: 'pglite' });
const document = openApiDocument(createApp({ db }));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
await db.destroy();
console.log(`wrote ${target}`);
