import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findUserByEmail, insertUser } from '../../db/users.js';
import { hashPassword } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { acceptInvitation, usableInvitation } from '../invitations/accept.js';
import { jsonBody, jsonContent } from '../shared-schemas.js';
import { SessionSchema, SignUpBodySchema } from './schemas.js';

const route = createRoute({
  method: 'post',
  operationId: 'signUp',
  path: '/v1/auth/signup',
  tags: ['auth'],
  summary: 'Create a customer profile and sign in',
  request: { body: jsonBody(SignUpBodySchema) },
  responses: { 201: jsonContent(SessionSchema, 'Signed up and signed in.'), ...errorResponses },
});

export const registerSignUp = (app: App) =>
  app.openapi(route, async (c) => {
    const { db, lucia } = c.var.services;
    const body = c.req.valid('json');
    if (await findUserByEmail(db, body.email)) {
      throw new ApiError({ code: 'email_taken', detail: 'A profile already uses this e-mail.' });
    }
    // R33: a used, withdrawn or expired link refuses the sign-up before any profile exists.
    if (body.invitation) await usableInvitation(db, body.invitation, c.var.services.now());
    const userId = newId('usr');
    await insertUser(db, {
      id: userId,
      email: body.email,
      name: body.name,
      locale: body.locale,
      passwordHash: await hashPassword(body.password),
    });
    if (body.invitation) await acceptInvitation(c.var.services, body.invitation, userId);
    const session = await lucia.createSession(userId, { mfa: false, second_factor_pending: false });
    return c.json(
      {
        sessionToken: session.id,
        mfaRequired: false,
        expiresAt: session.expiresAt.toISOString(),
        userId,
      },
      201,
    );
  });
