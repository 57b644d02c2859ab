import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { requireAgent } from '../../lib/auth/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { SupportAgentSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'getAgent',
  path: '/v1/support/me',
  tags: ['support'],
  summary: 'The signed-in support agent',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  responses: { 200: jsonContent(SupportAgentSchema, 'The agent.'), ...errorResponses },
});

export const registerGetAgent = (app: App) =>
  app.openapi(route, (c) => {
    const { agentId, email, name } = c.var.agent;
    return c.json({ id: agentId, email, name }, 200);
  });
