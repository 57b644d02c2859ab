import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { deleteSupportSession } from '../../db/support-agents.js';
import { requireAgent } from '../../lib/auth/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity } from '../shared-schemas.js';

const route = createRoute({
  method: 'post',
  operationId: 'supportSignOut',
  path: '/v1/support/auth/signout',
  tags: ['support'],
  summary: 'End the support session',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  responses: { 204: { description: 'Signed out.' }, ...errorResponses },
});

export const registerSupportSignOut = (app: App) =>
  app.openapi(route, async (c) => {
    await deleteSupportSession(c.var.services.db, c.var.agent.sessionId);
    return c.body(null, 204);
  });
