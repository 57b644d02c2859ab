import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { deleteGrant, toCore } from '../../db/grants.js';
import { requireCaller } from '../../lib/auth/index.js';
import { assertMayGrant } from '../../lib/authz/grant-check.js';
import { commitChange, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { preconditionResponses, ReceiptBodySchema } from '../authz-schemas.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { grantNotFound, loadVisibleGrant, parseIfMatch, staleEdit } from './access.js';
import { GrantParamsSchema, IfMatchSchema } from './schemas.js';
import { toGrant } from './to-grant.js';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteGrant',
  path: '/v1/orgs/{org}/grants/{id}',
  tags: ['grants'],
  summary: 'Take a grant back',
  description:
    'Allowed when the caller could give that grant (`checkGrant`, R30, R31). Enforced by every ' +
    'API instance on the next request (receipt). `If-Match` is optional here.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: GrantParamsSchema, headers: IfMatchSchema },
  responses: {
    200: jsonContent(ReceiptBodySchema, 'Deleted.'),
    412: preconditionResponses[412],
    ...errorResponses,
  },
});

export const registerDeleteGrant = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, id } = c.req.valid('param');
    const expected = parseIfMatch(c.req.valid('header')['if-match']);
    const org = await loadOrg(c, orgId);
    const existing = await loadVisibleGrant(c, org, id);
    assertMayGrant(org, c.var.caller.principal, toCore(existing), c.var.services.now());
    if (expected !== null && existing.rowVersion !== expected) {
      throw staleEdit(existing.rowVersion);
    }
    const { receipt } = await commitChange(c, orgId, async (trx) => {
      if (!(await deleteGrant(trx, orgId, id))) throw grantNotFound();
      return {
        result: null,
        audit: [
          { action: 'grant.delete', subject: { type: 'grant', id }, before: toGrant(existing) },
        ],
      };
    });
    return c.json({ receipt }, 200);
  });
