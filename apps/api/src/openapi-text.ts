import { createApp, openApiDocument } from './app.js';
import { createDatabase } from './db/database.js';

/**
 * The OpenAPI 3.1 document as text (JSON, two-space indent, final newline), taken from the app
 * object: no server is started and the in-memory database is never queried. Nothing in it
 * depends on time and keys follow route registration order, so the text changes only when the
 * API does. The SDK commits exactly this text; `pnpm --filter @mandate/api openapi` prints it.
 */
export const openApiText = async (): Promise<string> => {
  const db = createDatabase({ kind: 'pglite' });
  try {
    return `${JSON.stringify(openApiDocument(createApp({ db })), null, 2)}\n`;
  } finally {
    await db.destroy();
  }
};
