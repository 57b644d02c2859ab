import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { requireCaller, requireSession } from '../../lib/auth/index.js';
import { commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { EffectiveSchema, ReceiptSchema } from '../authz-schemas.js';
import { removeFromOrg } from '../members/remove-member.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';

const MyPermissionsSchema = EffectiveSchema.extend({ isOwner: z.boolean() }).openapi(
  'MyPermissions',
);

const permissionsRoute = createRoute({
  method: 'get',
  operationId: 'getMyPermissions',
  path: '/v1/orgs/{org}/me/permissions',
  tags: ['me'],
  summary: 'My permissions in an organization',
  description:
    'The core’s `effective` for the caller (a token sees its own, capped rights, R21), plus `isOwner`.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(MyPermissionsSchema, 'My permissions.'), ...errorResponses },
});

const renounceRoute = createRoute({
  method: 'post',
  operationId: 'renounceAll',
  path: '/v1/orgs/{org}/me/renounce',
  tags: ['me'],
  summary: 'Renounce everything I hold in an organization (R32)',
  description:
    'All my grants, team memberships and tokens for it, in one step; I stop being a member. ' +
    'The owner cannot (409 `owner_cannot_leave`). Sessions only.',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  request: { params: OrgParamsSchema },
  responses: {
    200: jsonContent(z.object({ receipt: ReceiptSchema }).openapi('Renounced'), 'Renounced.'),
    ...errorResponses,
  },
});

export const registerMyPermissionsRoutes = (app: App) => {
  app.openapi(permissionsRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    const effective = org.evaluator.effective(c.var.caller.principal, c.var.services.now());
    return c.json({ ...effective, isOwner: org.ownerId === c.var.caller.userId }, 200);
  });

  app.openapi(renounceRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    const userId = c.var.caller.userId;
    if (org.ownerId === userId) {
      throw new ApiError({
        code: 'owner_cannot_leave',
        detail: 'The owner cannot renounce the organization (R32); close it instead.',
      });
    }
    const { receipt } = await commitChange(c, orgId, async (trx) => {
      const before = await removeFromOrg(trx, orgId, userId, c.var.services.now());
      return {
        result: null,
        audit: [{ action: 'member.renounce', subject: { type: 'user', id: userId }, before }],
      };
    });
    return c.json({ receipt }, 200);
  });
};
