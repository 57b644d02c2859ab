import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findOrganization } from '../../db/organizations.js';
import { requireCaller } from '../../lib/auth/index.js';
import { loadOrg, orgNotFound } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { OrganizationSchema } from './schemas.js';
import { toOrganization } from './to-organization.js';

const route = createRoute({
  method: 'get',
  operationId: 'getOrg',
  path: '/v1/orgs/{org}',
  tags: ['organizations'],
  summary: 'One organization I belong to',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(OrganizationSchema, 'The organization.'), ...errorResponses },
});

export const registerGetOrg = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    await loadOrg(c, orgId);
    const row = await findOrganization(c.var.services.db, orgId);
    if (!row) throw orgNotFound();
    return c.json(toOrganization(row, c.var.caller.userId), 200);
  });
