import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { scopeOfRecord, toCore, updateGrant } from '../../db/grants.js';
import { requireCaller } from '../../lib/auth/index.js';
import { assertMayGrant } from '../../lib/authz/grant-check.js';
import { commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { preconditionResponses } from '../authz-schemas.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { assertFuture, loadVisibleGrant, parseIfMatch, staleEdit } from './access.js';
import {
  GrantParamsSchema,
  GrantTermsSchema,
  GrantWriteResultSchema,
  IfMatchSchema,
} from './schemas.js';
import { coreGrantOf, toGrant, valuesOf } from './to-grant.js';

const route = createRoute({
  method: 'put',
  operationId: 'replaceGrant',
  path: '/v1/orgs/{org}/grants/{id}',
  tags: ['grants'],
  summary: 'Replace a grant’s role, levels and flags (optimistic concurrency)',
  description:
    '`If-Match: <rowVersion>` is required (428 without it); a stale version answers 412 ' +
    '`stale_edit`, so two editors never overwrite each other. Grantee and scope stay.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: {
    params: GrantParamsSchema,
    headers: IfMatchSchema,
    body: jsonBody(GrantTermsSchema),
  },
  responses: {
    200: jsonContent(GrantWriteResultSchema, 'Replaced.'),
    ...preconditionResponses,
    ...errorResponses,
  },
});

export const registerReplaceGrant = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, id } = c.req.valid('param');
    const body = c.req.valid('json');
    const expected = parseIfMatch(c.req.valid('header')['if-match']);
    const { now } = c.var.services;
    const org = await loadOrg(c, orgId);
    const existing = await loadVisibleGrant(c, org, id);
    if (expected === null) {
      throw new ApiError({
        code: 'precondition_required',
        detail: 'Send If-Match with the grant’s rowVersion.',
      });
    }
    assertFuture(body.expiresAt, now(), 'body.expiresAt');
    const principal = c.var.caller.principal;
    const current = toCore(existing);
    const wanted = coreGrantOf(existing.id, current.grantee, scopeOfRecord(existing), body);
    const decision = assertMayGrant(org, principal, wanted, now());
    assertMayGrant(org, principal, current, now()); // R31: may take back what it replaces
    if (existing.rowVersion !== expected) throw staleEdit(existing.rowVersion);
    const { result: row, receipt } = await commitChange(c, orgId, async (trx) => {
      const updated = await updateGrant(trx, orgId, id, expected, valuesOf(body), now());
      if (!updated) throw staleEdit(undefined);
      return {
        result: updated,
        audit: [
          {
            action: 'grant.replace',
            subject: { type: 'grant', id },
            before: toGrant(existing),
            after: toGrant(updated),
          },
        ],
      };
    });
    c.header('etag', `"${row.rowVersion}"`);
    return c.json(
      {
        grant: toGrant(row),
        replaced: existing.id,
        credentialsWarning: decision.credentialsVisible,
        receipt,
      },
      200,
    );
  });
