import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listAudit } from '../../db/audit-query.js';
import {
  closeOrganization,
  findCompanyDetails,
  updateCompanyDetails,
} from '../../db/org-settings.js';
import { findOrganization } from '../../db/organizations.js';
import { revokeOrgTokens } from '../../db/tokens.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { OrganizationSchema } from '../orgs/schemas.js';
import { toOrganization } from '../orgs/to-organization.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { AuditPageSchema, AuditQuerySchema, CompanySchema } from './schemas.js';

// R14: owner-only sections are decided by the core like any other: the owner's session is
// allowed, its tokens get `session_required`, everyone else `owner_only`.
const ownerOnly = 'Owner only (R14): tokens get `session_required`, members `owner_only`.';

const getCompany = createRoute({
  method: 'get',
  operationId: 'getCompany',
  path: '/v1/orgs/{org}/company',
  tags: ['owner'],
  summary: 'Company details',
  description: ownerOnly,
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(CompanySchema, 'The details.'), ...errorResponses },
});

const putCompany = createRoute({
  method: 'put',
  operationId: 'updateCompany',
  path: '/v1/orgs/{org}/company',
  tags: ['owner'],
  summary: 'Set company details',
  description: ownerOnly,
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(CompanySchema) },
  responses: { 200: jsonContent(CompanySchema, 'Saved.'), ...errorResponses },
});

const close = createRoute({
  method: 'post',
  operationId: 'closeOrg',
  path: '/v1/orgs/{org}/close',
  tags: ['owner'],
  summary: 'Close the organization',
  description: `${ownerOnly} Every token of the organization is revoked. 409 when already closed.`,
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(OrganizationSchema, 'Closed.'), ...errorResponses },
});

const audit = createRoute({
  method: 'get',
  operationId: 'listAudit',
  path: '/v1/orgs/{org}/audit',
  tags: ['owner'],
  summary: 'Authorization log (R34), newest first',
  description: `${ownerOnly} Filters: actor (usr_…), action, from / to (ISO 8601).`,
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, query: AuditQuerySchema },
  responses: { 200: jsonContent(AuditPageSchema, 'One page.'), ...errorResponses },
});

export const registerOwnerRoutes = (app: App) => {
  app.openapi(getCompany, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'company_details' });
    return c.json(await findCompanyDetails(c.var.services.db, orgId), 200);
  });

  app.openapi(putCompany, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const { db } = c.var.services;
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'update', { section: 'company_details' });
    const before = await findCompanyDetails(db, orgId);
    await commitChange(c, orgId, async (trx) => {
      await updateCompanyDetails(trx, orgId, body);
      return { result: null, audit: [{ action: 'company.update', before, after: body }] };
    });
    return c.json(body, 200);
  });

  app.openapi(close, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const { now } = c.var.services;
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'update', { section: 'org_closure' });
    const { result } = await commitChange(c, orgId, async (trx) => {
      if (!(await closeOrganization(trx, orgId, now()))) {
        throw new ApiError({ code: 'organization_closed', detail: 'Already closed.' });
      }
      const tokens = await revokeOrgTokens(trx, orgId, now());
      return {
        result: (await findOrganization(trx, orgId))!,
        audit: [{ action: 'org.close', after: { revokedTokens: tokens.map((t) => t.id) } }],
      };
    });
    return c.json(toOrganization(result, c.var.caller.userId), 200);
  });

  app.openapi(audit, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'authorization_log' });
    const rows = await listAudit(c.var.services.db, {
      orgId,
      ...(q.actor ? { actor: q.actor } : {}),
      ...(q.action ? { action: q.action } : {}),
      ...(q.from ? { from: new Date(q.from) } : {}),
      ...(q.to ? { to: new Date(q.to) } : {}),
      ...(q.cursor ? { before: q.cursor } : {}),
      limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    return c.json(
      {
        items: page.map((r) => ({
          id: String(r.id),
          at: r.at.toISOString(),
          actorId: r.actorId,
          actorName: r.actorName,
          tokenId: r.tokenId,
          action: r.action,
          target: r.subjectType && r.subjectId ? `${r.subjectType}:${r.subjectId}` : null,
          before: r.before ?? null,
          after: r.after ?? null,
        })),
        nextCursor: rows.length > q.limit ? String(page.at(-1)!.id) : null,
      },
      200,
    );
  });
};
