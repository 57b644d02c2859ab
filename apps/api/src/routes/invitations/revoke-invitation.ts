import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listGrants } from '../../db/grants.js';
import { findInvitation, markInvitationRevoked } from '../../db/invitations.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { ReceiptBodySchema } from '../authz-schemas.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { InvitationParamsSchema } from './schemas.js';
import { toInvitation } from './to-invitation.js';

const route = createRoute({
  method: 'delete',
  operationId: 'revokeInvitation',
  path: '/v1/orgs/{org}/invitations/{id}',
  tags: ['members'],
  summary: 'Withdraw a pending invitation',
  description:
    'Needs `members` = manage. The link stops working at once (410 `invitation_revoked`).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: InvitationParamsSchema },
  responses: { 200: jsonContent(ReceiptBodySchema, 'Withdrawn.'), ...errorResponses },
});

export const registerRevokeInvitation = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, id } = c.req.valid('param');
    const { db, now } = c.var.services;
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'delete', { section: 'members' });
    const row = await findInvitation(db, orgId, id);
    if (!row || row.usedAt || row.revokedAt) {
      throw new ApiError({ code: 'not_found', detail: 'No such pending invitation.' });
    }
    const { receipt } = await commitChange(c, orgId, async (trx) => {
      const grants = await listGrants(trx, orgId, { grantee: { invitation: id } });
      if (!(await markInvitationRevoked(trx, id, c.var.caller.userId, now()))) {
        throw new ApiError({ code: 'not_found', detail: 'No such pending invitation.' });
      }
      // Pending grants of a withdrawn invitation are kept (the audit shows them) but can never bind.
      return {
        result: null,
        audit: [
          {
            action: 'invitation.revoke',
            subject: { type: 'invitation', id },
            before: toInvitation(row, grants, now()),
          },
        ],
      };
    });
    return c.json({ receipt }, 200);
  });
