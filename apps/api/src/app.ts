import { swaggerUI } from '@hono/swagger-ui';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { App, AppDeps, AppEnv, Services } from './context.js';
import { createLucia } from './lib/auth/lucia.js';
import { createLimiters } from './lib/auth/rate-limit.js';
import { EvaluatorCache } from './lib/authz/evaluator-cache.js';
import { ApiError, onError, onNotFound, validationHook } from './lib/errors/index.js';
import { registerAccessRoutes } from './routes/access-routes.js';
import { registerOwnerSupportRoutes } from './routes/approvals/index.js';
import { registerAuthRoutes } from './routes/auth/index.js';
import { registerBillingRoutes } from './routes/billing/index.js';
import { registerMeRoutes } from './routes/me/index.js';
import { registerOrgRoutes } from './routes/orgs/index.js';
import { registerProjectRoutes } from './routes/projects/index.js';
import { registerServerRoutes } from './routes/servers/index.js';
import { registerServiceRoutes } from './routes/services/index.js';
import { registerSupportDeskRoutes } from './routes/support/index.js';
import { registerSupportAuthRoutes } from './routes/support-auth/index.js';

const MAX_BODY_BYTES = 1024 * 1024;

export const openApiConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Mandate API',
    version: '0.1.0',
    description:
      'Delegated access for a hosting control panel. Errors are RFC 9457 problem+json with a stable `code`.',
  },
  servers: [{ url: 'http://127.0.0.1:8787' }],
};

const buildServices = (deps: AppDeps): Services => ({
  db: deps.db,
  now: deps.now ?? (() => new Date()),
  trustProxy: deps.trustProxy ?? false,
  lucia: createLucia(deps.db),
  limiters: deps.limiters ?? createLimiters(),
  authz: new EvaluatorCache(),
  log: deps.log ?? (() => {}),
});

/**
 * The whole API as one Hono app; no server is started (tests call `app.request()`).
 *
 * @example const app = createApp({ db: createDatabase({ kind: 'pglite' }) });
 *   const res = await app.request('/v1/me', { headers: { authorization: `Bearer ${token}` } });
 */
export const createApp = (deps: AppDeps): App => {
  const services = buildServices(deps);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
  });
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError({ code: 'payload_too_large', detail: 'The body is larger than 1 MiB.' });
      },
    }),
  );
  app.onError(onError);
  app.notFound(onNotFound);

  app.get('/health', (c) => c.json({ ok: true }));
  registerAuthRoutes(app);
  registerMeRoutes(app);
  registerOrgRoutes(app);
  registerProjectRoutes(app);
  registerServerRoutes(app);
  registerSupportAuthRoutes(app);
  registerAccessRoutes(app);
  // phase 2b: services, billing, support desk
  registerServiceRoutes(app);
  registerBillingRoutes(app);
  registerSupportDeskRoutes(app);
  registerOwnerSupportRoutes(app);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A session token (sign-in), an API token `mnd_…`, or a support session `mss_…`.',
  });
  app.doc31('/openapi.json', openApiConfig);
  app.get('/docs', swaggerUI({ url: '/openapi.json' }));
  return app;
};

/** The OpenAPI 3.1 document, built from the app object (no server). */
export const openApiDocument = (app: App): ReturnType<App['getOpenAPI31Document']> =>
  app.getOpenAPI31Document(openApiConfig);
