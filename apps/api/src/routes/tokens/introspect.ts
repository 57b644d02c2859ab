import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findToken } from '../../db/tokens.js';
import { requireCaller } from '../../lib/auth/index.js';
import { loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { EffectiveSchema } from '../authz-schemas.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { ApiTokenSchema } from './schemas.js';
import { toToken } from './to-token.js';

const IntrospectionSchema = z
  .object({ token: ApiTokenSchema, effective: EffectiveSchema })
  .openapi('TokenIntrospection');

const route = createRoute({
  method: 'get',
  operationId: 'introspectToken',
  path: '/v1/token',
  tags: ['tokens'],
  summary: 'The calling token and its effective rights',
  description:
    'The core’s `effective` for the token principal: the intersection of its cap and its ' +
    'user’s current grants (R20, R21). Only with an API token.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  responses: { 200: jsonContent(IntrospectionSchema, 'The token.'), ...errorResponses },
});

export const registerIntrospect = (app: App) =>
  app.openapi(route, async (c) => {
    const caller = c.var.caller;
    if (caller.kind !== 'token') {
      throw new ApiError({ code: 'bad_request', detail: 'Call this with an API token.' });
    }
    const org = await loadOrg(c, caller.orgId);
    const row = await findToken(c.var.services.db, caller.orgId, caller.tokenId);
    if (!row) throw new ApiError({ code: 'token_invalid', detail: 'Unknown API token.' });
    const effective = org.evaluator.effective(caller.principal, c.var.services.now());
    return c.json({ token: toToken(row), effective }, 200);
  });
