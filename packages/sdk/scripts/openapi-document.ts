// The API's source, not its dist: the document must describe the code as it is now.
import { createApp, createDatabase, openApiDocument } from '../../../apps/api/src/index.js';

/**
 * The API's OpenAPI 3.1 document as the SDK commits it, taken from the Hono app object: no
 * server is started and the database is never queried. Nothing time-dependent is in it and
 * keys follow route registration order, which is fixed by the code, so the text changes only
 * when the API does. The text is byte-identical to what `pnpm --filter @mandate/api openapi`
 * prints (JSON, two-space indent, final newline).
 */
export const openApiText = async (): Promise<string> => {
  const db = createDatabase({ kind: 'pglite' });
  try {
    const document = openApiDocument(createApp({ db }));
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await db.destroy();
  }
};
