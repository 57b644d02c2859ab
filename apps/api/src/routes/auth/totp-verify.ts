import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { markSessionMfa } from '../../db/sessions.js';
import { consumeRecoveryCode, findUserById } from '../../db/users.js';
import { requirePendingSession, verifyTotp } from '../../lib/auth/index.js';
import { hashRecoveryCode, looksLikeRecoveryCode } from '../../lib/auth/recovery-codes.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { SignedInSchema, TotpVerifyBodySchema } from './schemas.js';
import { signInGuard } from './sign-in-guard.js';

const route = createRoute({
  method: 'post',
  operationId: 'verifyTotp',
  path: '/v1/auth/totp/verify',
  tags: ['auth'],
  summary: 'Second step of sign-in: a TOTP code or a recovery code',
  description: 'Marks the session as having passed a second factor (R7, R23).',
  security: bearerSecurity,
  middleware: [requirePendingSession] as const,
  request: { body: jsonBody(TotpVerifyBodySchema) },
  responses: { 200: jsonContent(SignedInSchema, 'Second factor accepted.'), ...errorResponses },
});

export const registerTotpVerify = (app: App) =>
  app.openapi(route, async (c) => {
    const { db, now } = c.var.services;
    const caller = c.var.caller;
    if (caller.kind !== 'session')
      throw new ApiError({ code: 'session_required', detail: 'Sessions only.' });
    const user = await findUserById(db, caller.userId);
    if (!user?.mfaEnabled || !user.totpSecret) {
      throw new ApiError({ code: 'mfa_not_enrolled', detail: 'Enrol a second factor first.' });
    }
    const guard = signInGuard(c, user.email);
    guard.check();
    const { code } = c.req.valid('json');
    const ok = looksLikeRecoveryCode(code)
      ? await consumeRecoveryCode(db, user.id, hashRecoveryCode(code))
      : verifyTotp(user.totpSecret, code, now());
    if (!ok) {
      guard.fail();
      throw new ApiError({ code: 'invalid_totp', detail: 'Wrong or expired code.' });
    }
    guard.succeed();
    await markSessionMfa(db, caller.sessionId);
    return c.json({ mfa: true }, 200);
  });
