import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findGrantAt, insertGrant, toCore, updateGrant } from '../../db/grants.js';
import { requireCaller } from '../../lib/auth/index.js';
import { assertMayGrant } from '../../lib/authz/grant-check.js';
import { commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { assertFuture, assertGrantee } from './access.js';
import { GrantBodySchema, GrantWriteResultSchema } from './schemas.js';
import { coreGrantOf, toGrant, valuesOf } from './to-grant.js';

const route = createRoute({
  method: 'post',
  operationId: 'createGrant',
  path: '/v1/orgs/{org}/grants',
  tags: ['grants'],
  summary: 'Give a grant (replaces the grantee’s grant on that scope, R2)',
  description:
    'Decided by the core’s `checkGrant` (R30, R31, R14): a refusal’s reason is the problem `code`. ' +
    'Replacing needs the right to give the replaced grant too. 201 when created, 200 when replaced.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(GrantBodySchema) },
  responses: {
    200: jsonContent(GrantWriteResultSchema, 'Replaced the grantee’s grant on that scope.'),
    201: jsonContent(GrantWriteResultSchema, 'Created.'),
    ...errorResponses,
  },
});

export const registerCreateGrant = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const { now } = c.var.services;
    const org = await loadOrg(c, orgId);
    const principal = c.var.caller.principal;
    assertFuture(body.expiresAt, now(), 'body.expiresAt');
    const wanted = coreGrantOf(newId('grt'), body.grantee, body.scope, body);
    const decision = assertMayGrant(org, principal, wanted, now());
    assertGrantee(org, body.grantee);
    const { result, receipt } = await commitChange(c, orgId, async (trx) => {
      const existing = await findGrantAt(trx, orgId, body.grantee, body.scope);
      if (!existing) {
        const row = await insertGrant(trx, {
          id: wanted.id,
          orgId,
          grantee: body.grantee,
          scope: body.scope,
          createdBy: c.var.caller.userId,
          ...valuesOf(body),
        });
        const after = toGrant(row);
        return {
          result: { row, replaced: null as string | null },
          audit: [{ action: 'grant.create', subject: { type: 'grant', id: row.id }, after }],
        };
      }
      // R2 replaces the grant in place; taking the old one back must be allowed too (R31).
      assertMayGrant(org, principal, toCore(existing), now());
      const row = await updateGrant(
        trx,
        orgId,
        existing.id,
        existing.rowVersion,
        valuesOf(body),
        now(),
      );
      if (!row) throw new ApiError({ code: 'conflict', detail: 'The grant changed; retry.' });
      return {
        result: { row, replaced: existing.id },
        audit: [
          {
            action: 'grant.replace',
            subject: { type: 'grant', id: row.id },
            before: toGrant(existing),
            after: toGrant(row),
          },
        ],
      };
    });
    const payload = {
      grant: toGrant(result.row),
      replaced: result.replaced,
      credentialsWarning: decision.credentialsVisible,
      receipt,
    };
    return result.replaced ? c.json(payload, 200) : c.json(payload, 201);
  });
