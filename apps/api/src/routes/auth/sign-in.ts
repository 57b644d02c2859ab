import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findUserByEmail } from '../../db/users.js';
import { verifyPassword } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { jsonBody, jsonContent } from '../shared-schemas.js';
import { SessionSchema, SignInBodySchema } from './schemas.js';
import { signInGuard } from './sign-in-guard.js';

const route = createRoute({
  method: 'post',
  operationId: 'signIn',
  path: '/v1/auth/signin',
  tags: ['auth'],
  summary: 'Sign in with e-mail and password',
  description:
    'With MFA enrolled, the session is only good for POST /v1/auth/totp/verify until a code is given.',
  request: { body: jsonBody(SignInBodySchema) },
  responses: { 200: jsonContent(SessionSchema, 'Signed in.'), ...errorResponses },
});

export const registerSignIn = (app: App) =>
  app.openapi(route, async (c) => {
    const { db, lucia } = c.var.services;
    const body = c.req.valid('json');
    const guard = signInGuard(c, body.email);
    guard.check();
    const user = await findUserByEmail(db, body.email);
    if (!(await verifyPassword(user?.passwordHash ?? null, body.password)) || !user) {
      guard.fail();
      throw new ApiError({ code: 'invalid_credentials', detail: 'Wrong e-mail or password.' });
    }
    guard.succeed();
    const session = await lucia.createSession(user.id, {
      mfa: false,
      second_factor_pending: user.mfaEnabled,
    });
    return c.json(
      {
        sessionToken: session.id,
        mfaRequired: user.mfaEnabled,
        expiresAt: session.expiresAt.toISOString(),
        userId: user.id,
      },
      200,
    );
  });
