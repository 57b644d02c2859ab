export { createApp, openApiConfig, openApiDocument } from './app.js';
export type { App, AppDeps, AppEnv, Services } from './context.js';
export { createDatabase, type DatabaseConfig, type Db, migrateToLatest } from './db/database.js';
export type { Database } from './db/schema.js';
export { createSupportAgent } from './lib/auth/support-agent.js';
export { currentTotp } from './lib/auth/totp.js';
export { ApiError, type ErrorCode, errorCodes, type Problem } from './lib/errors/index.js';
export { openApiText } from './openapi-text.js';
