import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findTokenPolicy, updateTokenPolicy } from '../../db/tokens.js';
import { requireCaller, requireSession } from '../../lib/auth/index.js';
import { commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { TokenPolicySchema } from './schemas.js';

const getRoute = createRoute({
  method: 'get',
  operationId: 'getTokenPolicy',
  path: '/v1/orgs/{org}/token-policy',
  tags: ['tokens'],
  summary: 'The organization’s token policy',
  description: 'Readable by every member (it bounds the tokens they may issue).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(TokenPolicySchema, 'The policy.'), ...errorResponses },
});

const putRoute = createRoute({
  method: 'put',
  operationId: 'updateTokenPolicy',
  path: '/v1/orgs/{org}/token-policy',
  tags: ['tokens'],
  summary: 'Set the token policy (owner only)',
  description:
    'Maximum lifetime (≤ 365 days, R22), whether an expiry is required, and after how many ' +
    'unused days a token stops working. Tokens get `session_required`, members `owner_only`.',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  request: { params: OrgParamsSchema, body: jsonBody(TokenPolicySchema) },
  responses: { 200: jsonContent(TokenPolicySchema, 'The new policy.'), ...errorResponses },
});

export const registerTokenPolicy = (app: App) => {
  app.openapi(getRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    await loadOrg(c, orgId);
    return c.json((await findTokenPolicy(c.var.services.db, orgId))!, 200);
  });

  app.openapi(putRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const org = await loadOrg(c, orgId);
    // No section names the token policy; like the owner-only sections (R14) it is the owner's.
    if (org.ownerId !== c.var.caller.userId) {
      throw new ApiError({ code: 'owner_only', detail: 'Only the owner sets the token policy.' });
    }
    const before = await findTokenPolicy(c.var.services.db, orgId);
    await commitChange(c, orgId, async (trx) => {
      await updateTokenPolicy(trx, orgId, body);
      return { result: null, audit: [{ action: 'token_policy.update', before, after: body }] };
    });
    return c.json(body, 200);
  });
};
