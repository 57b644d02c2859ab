import { writeFileSync } from 'node:fs';
import { createApp, createDatabase, openApiDocument } from '../src/index.js';

// `pnpm --filter @mandate/api openapi [file]`: the OpenAPI document from the app object (no
// server; the in-memory database is never queried), to a file or standard output. The SDK's
// own `generate` writes its committed copy together with the types, so there is one writer.
const db = createDatabase({ kind: 'pglite' });
const text = `${JSON.stringify(openApiDocument(createApp({ db })), null, 2)}\n`;
await db.destroy();
const target = process.argv[2];
if (target) writeFileSync(target, text);
else process.stdout.write(text);
