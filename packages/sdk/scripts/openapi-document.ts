// The API's source, not its dist: the document must describe the code as it is now.
import { createApp, createDatabase, openApiDocument } from '../../../apps/api/src/index.js';

/** Recursively sorts object keys; arrays keep their order (it can carry meaning). */
export const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = canonical((value as Record<string, unknown>)[key]);
  }
  return sorted;
};

/**
 * The API's OpenAPI 3.1 document as the SDK commits it, taken from the Hono app object: no
 * server is started and the database is never queried. Keys are sorted and nothing
 * time-dependent is written, so the text changes only when the API does.
 */
export const openApiText = async (): Promise<string> => {
  const db = createDatabase({ kind: 'pglite' });
  try {
    const document = openApiDocument(createApp({ db }));
    return `${JSON.stringify(canonical(document), null, 2)}\n`;
  } finally {
    await db.destroy();
  }
};
