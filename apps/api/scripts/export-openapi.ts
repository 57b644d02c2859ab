import { writeFileSync } from 'node:fs';
import { openApiText } from '../src/index.js';

// `pnpm --filter @mandate/api openapi [file]`: the OpenAPI document, to a file or standard
// output. The SDK's own `generate` writes its committed copy together with the types, so there
// is one writer.
const text = await openApiText();
const target = process.argv[2];
if (target) writeFileSync(target, text);
else process.stdout.write(text);
