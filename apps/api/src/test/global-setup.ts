import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { createDatabase, migrateToLatest } from '../db/database.js';

const ADMIN_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh PostgreSQL database per run (random name), migrated once, dropped at the end. */
export default async function setup(project: TestProject) {
  const name = `mandate_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`).catch((error: Error) => {
    throw new Error(
      `The integration tests need PostgreSQL at ${ADMIN_URL} (set TEST_DATABASE_ADMIN_URL): ${error.message}`,
    );
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = createDatabase({ kind: 'postgres', url: url.toString(), max: 1 });
  await migrateToLatest(db);
  await db.destroy();
  project.provide('databaseUrl', url.toString());
  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
