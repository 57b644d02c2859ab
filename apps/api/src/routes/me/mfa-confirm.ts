import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { markSessionMfa } from '../../db/sessions.js';
import { enableMfa, findUserById } from '../../db/users.js';
import { requireSession, verifyTotp } from '../../lib/auth/index.js';
import { newRecoveryCodes } from '../../lib/auth/recovery-codes.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { signInGuard } from '../auth/sign-in-guard.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { MfaConfirmBodySchema, RecoveryCodesSchema } from './schemas.js';

const route = createRoute({
  method: 'post',
  operationId: 'confirmMfa',
  path: '/v1/me/mfa/confirm',
  tags: ['me'],
  summary: 'Finish TOTP enrolment with a code; returns 10 recovery codes',
  description: 'The current session then counts as having passed a second factor (R7).',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  request: { body: jsonBody(MfaConfirmBodySchema) },
  responses: { 200: jsonContent(RecoveryCodesSchema, 'MFA is on.'), ...errorResponses },
});

export const registerMfaConfirm = (app: App) =>
  app.openapi(route, async (c) => {
    const { db, now } = c.var.services;
    const caller = c.var.caller;
    const user = await findUserById(db, caller.userId);
    if (!user?.totpSecret) {
      throw new ApiError({
        code: 'mfa_not_enrolled',
        detail: 'Call POST /v1/me/mfa/enroll first.',
      });
    }
    if (user.mfaEnabled) {
      throw new ApiError({
        code: 'mfa_already_enabled',
        detail: 'A second factor is already active.',
      });
    }
    const guard = signInGuard(c, user.email);
    guard.check();
    if (!verifyTotp(user.totpSecret, c.req.valid('json').code, now())) {
      guard.fail();
      throw new ApiError({ code: 'invalid_totp', detail: 'Wrong or expired code.' });
    }
    guard.succeed();
    const { codes, hashes } = newRecoveryCodes();
    await enableMfa(db, user.id, hashes);
    if (caller.kind === 'session') await markSessionMfa(db, caller.sessionId);
    return c.json({ recoveryCodes: codes }, 200);
  });
