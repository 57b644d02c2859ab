import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findUserById, setPendingTotpSecret } from '../../db/users.js';
import { newTotpSecret, requireSession } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { MfaEnrollmentSchema } from './schemas.js';

const route = createRoute({
  method: 'post',
  operationId: 'enrollMfa',
  path: '/v1/me/mfa/enroll',
  tags: ['me'],
  summary: 'Start TOTP enrolment: a new secret to confirm with a code',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  responses: { 200: jsonContent(MfaEnrollmentSchema, 'The secret to scan.'), ...errorResponses },
});

export const registerMfaEnroll = (app: App) =>
  app.openapi(route, async (c) => {
    const { db } = c.var.services;
    const user = await findUserById(db, c.var.caller.userId);
    if (!user)
      throw new ApiError({ code: 'unauthorized', detail: 'The profile no longer exists.' });
    if (user.mfaEnabled) {
      throw new ApiError({
        code: 'mfa_already_enabled',
        detail: 'A second factor is already active.',
      });
    }
    const { secret, uri } = newTotpSecret(user.email);
    await setPendingTotpSecret(db, user.id, secret);
    return c.json({ secret, otpauthUri: uri }, 200);
  });
