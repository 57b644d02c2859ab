import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listUserOrganizations } from '../../db/organizations.js';
import { requireCaller } from '../../lib/auth/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { MyOrganizationsSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'listMyOrgs',
  path: '/v1/me/orgs',
  tags: ['me'],
  summary: 'Organizations I own or belong to',
  description: 'With an API token: only the token’s organization.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  responses: { 200: jsonContent(MyOrganizationsSchema, 'My organizations.'), ...errorResponses },
});

export const registerListMyOrgs = (app: App) =>
  app.openapi(route, async (c) => {
    const caller = c.var.caller;
    const rows = await listUserOrganizations(c.var.services.db, caller.userId);
    const visible = caller.kind === 'token' ? rows.filter((r) => r.id === caller.orgId) : rows;
    return c.json(
      {
        organizations: visible.map((r) => ({
          id: r.id,
          name: r.name,
          role: r.kind,
          closed: r.closedAt !== null,
        })),
      },
      200,
    );
  });
