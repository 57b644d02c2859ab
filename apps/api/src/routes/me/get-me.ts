import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findUserById } from '../../db/users.js';
import { requireCaller } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { MeSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
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
    return c.json(
      {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        mfaEnabled: user.mfaEnabled,
        credential:
          caller.kind === 'session'
            ? { kind: 'session' as const, mfa: caller.mfa }
            : { kind: 'token' as const, mfa: caller.principal.mfa, orgId: caller.orgId },
      },
      200,
    );
  });
