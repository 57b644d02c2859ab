import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { requirePendingSession } from '../../lib/auth/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity } from '../shared-schemas.js';

const route = createRoute({
  method: 'post',
  operationId: 'signOut',
  path: '/v1/auth/signout',
  tags: ['auth'],
  summary: 'End the current session',
  security: bearerSecurity,
  middleware: [requirePendingSession] as const,
  responses: { 204: { description: 'Signed out.' }, ...errorResponses },
});

export const registerSignOut = (app: App) =>
  app.openapi(route, async (c) => {
    const caller = c.var.caller;
    if (caller.kind === 'session') await c.var.services.lucia.invalidateSession(caller.sessionId);
    return c.body(null, 204);
  });
