import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findToken, listUserTokens, revokeToken } from '../../db/tokens.js';
import { requireCaller } from '../../lib/auth/index.js';
import { commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { ReceiptBodySchema } from '../authz-schemas.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { TokenListSchema, TokenParamsSchema } from './schemas.js';
import { toToken } from './to-token.js';

const listRoute = createRoute({
  method: 'get',
  operationId: 'listMyTokens',
  path: '/v1/orgs/{org}/tokens',
  tags: ['tokens'],
  summary: 'My tokens for this organization (R22: last use, expiry, revocation)',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(TokenListSchema, 'My tokens.'), ...errorResponses },
});

const revokeRoute = createRoute({
  method: 'delete',
  operationId: 'revokeToken',
  path: '/v1/orgs/{org}/tokens/{id}',
  tags: ['tokens'],
  summary: 'Revoke a token (mine; the owner may revoke any)',
  description: 'Refused on the very next request by every API instance (receipt).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: TokenParamsSchema },
  responses: { 200: jsonContent(ReceiptBodySchema, 'Revoked.'), ...errorResponses },
});

export const registerMyTokens = (app: App) => {
  app.openapi(listRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    await loadOrg(c, orgId);
    const rows = await listUserTokens(c.var.services.db, orgId, c.var.caller.userId);
    return c.json({ items: rows.map(toToken), nextCursor: null }, 200);
  });

  app.openapi(revokeRoute, async (c) => {
    const { org: orgId, id } = c.req.valid('param');
    const { db, now } = c.var.services;
    const org = await loadOrg(c, orgId);
    const token = await findToken(db, orgId, id);
    const mayRevoke =
      token && (token.userId === c.var.caller.userId || org.ownerId === c.var.caller.userId);
    if (!token || !mayRevoke || token.revokedAt) {
      throw new ApiError({ code: 'not_found', detail: 'No such live token.' });
    }
    const { receipt } = await commitChange(c, orgId, async (trx) => {
      const revoked = await revokeToken(trx, id, now());
      if (!revoked) throw new ApiError({ code: 'not_found', detail: 'No such live token.' });
      return {
        result: null,
        audit: [
          {
            action: 'token.revoke',
            subject: { type: 'token', id },
            before: toToken(token),
            after: toToken(revoked),
          },
        ],
      };
    });
    return c.json({ receipt }, 200);
  });
};
