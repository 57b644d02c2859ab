import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findUserById } from '../../db/users.js';
import { requireCaller } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { MeSchema } from './schemas.js';
import { toMe } from './to-me.js';

const route = createRoute({
  method: 'get',
  operationId: 'getMe',
  path: '/v1/me',
  tags: ['me'],
  summary: 'The signed-in profile and the credential in use',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  responses: { 200: jsonContent(MeSchema, 'The profile.'), ...errorResponses },
});

export const registerGetMe = (app: App) =>
  app.openapi(route, async (c) => {
    const caller = c.var.caller;
    const user = await findUserById(c.var.services.db, caller.userId);
    if (!user)
      throw new ApiError({ code: 'unauthorized', detail: 'The profile no longer exists.' });
    return c.json(toMe(user, caller), 200);
  });
