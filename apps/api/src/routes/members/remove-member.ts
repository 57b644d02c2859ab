import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import type { Db } from '../../db/database.js';
import { deleteUserGrants, listGrants, toCore } from '../../db/grants.js';
import { deleteMembership } from '../../db/members.js';
import { leaveOrgTeams } from '../../db/teams.js';
import { revokeUserTokens } from '../../db/tokens.js';
import { requireCaller } from '../../lib/auth/index.js';
import { assertMayGrant } from '../../lib/authz/grant-check.js';
import { authorize, commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { ReceiptBodySchema } from '../authz-schemas.js';
import { toGrant } from '../grants/to-grant.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { MemberParamsSchema } from './schemas.js';

const route = createRoute({
  method: 'delete',
  operationId: 'removeMember',
  path: '/v1/orgs/{org}/members/{user}',
  tags: ['members'],
  summary: 'Remove a member',
  description:
    'Removes its grants, team memberships and membership; its tokens for the organization die ' +
    '(R22). The caller must be allowed to take back each grant (R31); never the owner, never ' +
    'oneself (use `me/renounce`, R32).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: MemberParamsSchema },
  responses: { 200: jsonContent(ReceiptBodySchema, 'Removed.'), ...errorResponses },
});

/** Everything one user holds in one organization, removed in the caller's transaction (R22, R32). */
export const removeFromOrg = async (db: Db, orgId: string, userId: string, now: Date) => {
  const grants = await deleteUserGrants(db, orgId, userId);
  const teams = await leaveOrgTeams(db, orgId, userId);
  const tokens = await revokeUserTokens(db, orgId, userId, now);
  await deleteMembership(db, orgId, userId);
  return { grants: grants.map(toGrant), teams, tokens: tokens.map((t) => t.id) };
};

export const registerRemoveMember = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, user } = c.req.valid('param');
    const { db, now } = c.var.services;
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'delete', { section: 'members' });
    if (!org.members.has(user)) throw new ApiError({ code: 'not_member', detail: 'Not a member.' });
    if (user === org.ownerId) {
      throw new ApiError({ code: 'owner_grant', detail: 'The owner cannot be removed.' });
    }
    if (user === c.var.caller.userId) {
      throw new ApiError({ code: 'self_grant', detail: 'Use POST …/me/renounce to leave.' });
    }
    for (const g of await listGrants(db, orgId, { grantee: { user } })) {
      assertMayGrant(org, c.var.caller.principal, toCore(g), now());
    }
    const { receipt } = await commitChange(c, orgId, async (trx) => {
      const before = await removeFromOrg(trx, orgId, user, now());
      return {
        result: null,
        audit: [{ action: 'member.remove', subject: { type: 'user', id: user }, before }],
      };
    });
    return c.json({ receipt }, 200);
  });
