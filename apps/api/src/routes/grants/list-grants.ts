import { createRoute } from '@hono/zod-openapi';
import type { Scope } from '@mandate/core';
import type { App } from '../../context.js';
import { type GranteeRef, listGrants, scopeOfRecord } from '../../db/grants.js';
import { requireCaller } from '../../lib/auth/index.js';
import { loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { maySeeGrantsAt } from './access.js';
import { GrantListQuerySchema, GrantListSchema } from './schemas.js';
import { toGrant } from './to-grant.js';

const route = createRoute({
  method: 'get',
  operationId: 'listGrants',
  path: '/v1/orgs/{org}/grants',
  tags: ['grants'],
  summary: 'Grants I may see',
  description:
    'Grants to users and teams, filtered by `grantee` (usr_… / tem_…) and `scope` (`org`, prj_…, ' +
    'srv_…). A grant is listed when the caller may view `members` where it applies (R15).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, query: GrantListQuerySchema },
  responses: { 200: jsonContent(GrantListSchema, 'One page of grants.'), ...errorResponses },
});

const granteeOf = (id: string): GranteeRef => (id.startsWith('usr_') ? { user: id } : { team: id });
const scopeOf = (value: string): Scope =>
  value === 'org'
    ? { org: true }
    : value.startsWith('prj_')
      ? { project: value }
      : { server: value };

export const registerListGrants = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const query = c.req.valid('query');
    const org = await loadOrg(c, orgId);
    const rows = await listGrants(c.var.services.db, orgId, {
      active: true,
      ...(query.grantee ? { grantee: granteeOf(query.grantee) } : {}),
      ...(query.scope ? { scope: scopeOf(query.scope) } : {}),
    });
    const visible = rows.filter((g) => maySeeGrantsAt(c, org, scopeOfRecord(g)));
    const start = Number(query.cursor ?? 0);
    const page = visible.slice(start, start + query.limit);
    const next = start + query.limit < visible.length ? String(start + query.limit) : null;
    return c.json({ items: page.map(toGrant), nextCursor: next }, 200);
  });
