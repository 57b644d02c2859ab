import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findSupportAgentByEmail, insertSupportSession } from '../../db/support-agents.js';
import { verifyPassword, verifyTotp } from '../../lib/auth/index.js';
import { newSupportToken, SUPPORT_SESSION_MS } from '../../lib/auth/support-token.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { signInGuard } from '../auth/sign-in-guard.js';
import { jsonBody, jsonContent } from '../shared-schemas.js';
import { SupportSessionSchema, SupportSignInBodySchema } from './schemas.js';

const route = createRoute({
  method: 'post',
  operationId: 'supportSignIn',
  path: '/v1/support/auth/signin',
  tags: ['support'],
  summary: 'Support staff sign-in (password and TOTP, both mandatory)',
  request: { body: jsonBody(SupportSignInBodySchema) },
  responses: { 200: jsonContent(SupportSessionSchema, 'Signed in.'), ...errorResponses },
});

export const registerSupportSignIn = (app: App) =>
  app.openapi(route, async (c) => {
    const { db, now } = c.var.services;
    const body = c.req.valid('json');
    const guard = signInGuard(c, `support:${body.email}`);
    guard.check();
    const agent = await findSupportAgentByEmail(db, body.email);
    const passwordOk = await verifyPassword(agent?.passwordHash ?? null, body.password);
    if (!agent || !passwordOk || !verifyTotp(agent.totpSecret, body.code, now())) {
      guard.fail();
      throw new ApiError({
        code: 'invalid_credentials',
        detail: 'Wrong e-mail, password or code.',
      });
    }
    guard.succeed();
    const { secret, id } = newSupportToken();
    const expiresAt = new Date(now().getTime() + SUPPORT_SESSION_MS);
    await insertSupportSession(db, { id, agentId: agent.id, expiresAt });
    return c.json(
      { sessionToken: secret, expiresAt: expiresAt.toISOString(), agentId: agent.id },
      200,
    );
  });
