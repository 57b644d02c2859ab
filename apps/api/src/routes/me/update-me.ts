import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findUserById, updateProfile } from '../../db/users.js';
import { requireSession } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { MeSchema, UpdateMeBodySchema } from './schemas.js';
import { toMe } from './to-me.js';

const route = createRoute({
  method: 'patch',
  operationId: 'updateMe',
  path: '/v1/me',
  tags: ['me'],
  summary: 'Change my name or language',
  description: 'Sessions only: a token acts for its user but does not edit the profile.',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  request: { body: jsonBody(UpdateMeBodySchema) },
  responses: { 200: jsonContent(MeSchema, 'The updated profile.'), ...errorResponses },
});

export const registerUpdateMe = (app: App) =>
  app.openapi(route, async (c) => {
    const { db } = c.var.services;
    const caller = c.var.caller;
    await updateProfile(db, caller.userId, c.req.valid('json'));
    const user = await findUserById(db, caller.userId);
    if (!user)
      throw new ApiError({ code: 'unauthorized', detail: 'The profile no longer exists.' });
    return c.json(toMe(user, caller), 200);
  });
