import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from './db/database.js';
import type { AppLucia } from './lib/auth/lucia.js';
import type { Limiters } from './lib/auth/rate-limit.js';
import type { EvaluatorCache } from './lib/authz/evaluator-cache.js';

/** What createApp needs from outside: the database, and optionally a clock and limiters. */
export interface AppDeps {
  db: Db;
  /** The clock every decision uses (tests move it). */
  now?: () => Date;
  /** Trust `x-forwarded-for` for the client IP (only behind a proxy that sets it). */
  trustProxy?: boolean;
  limiters?: Limiters;
  /** Where development e-mails and notices are printed; silent when absent. */
  log?: (line: string) => void;
}

/** Per-app services, reachable from every handler as `c.var.services`. */
export interface Services {
  db: Db;
  now: () => Date;
  trustProxy: boolean;
  lucia: AppLucia;
  limiters: Limiters;
  authz: EvaluatorCache;
  log: (line: string) => void;
}

export type AppEnv = { Variables: { services: Services; requestId: string } };

export type App = OpenAPIHono<AppEnv>;
