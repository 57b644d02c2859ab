import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { writeAudit } from '../../db/audit.js';
import { findOrganization, insertOrganization } from '../../db/organizations.js';
import { requireSession } from '../../lib/auth/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { CreateOrgBodySchema, OrganizationSchema } from './schemas.js';
import { toOrganization } from './to-organization.js';

const route = createRoute({
  method: 'post',
  operationId: 'createOrg',
  path: '/v1/orgs',
  tags: ['organizations'],
  summary: 'Register an organization; the caller becomes its owner',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  request: { body: jsonBody(CreateOrgBodySchema) },
  responses: { 201: jsonContent(OrganizationSchema, 'Created.'), ...errorResponses },
});

export const registerCreateOrg = (app: App) =>
  app.openapi(route, async (c) => {
    const { db } = c.var.services;
    const { name } = c.req.valid('json');
    const userId = c.var.caller.userId;
    const id = newId('org');
    const org = await db.transaction().execute(async (trx) => {
      await insertOrganization(trx, { id, ownerId: userId, name });
      await writeAudit(trx, {
        orgId: id,
        actor: { userId },
        action: 'org.create',
        subject: { type: 'organization', id },
        after: { name, ownerId: userId },
      });
      return findOrganization(trx, id);
    });
    return c.json(toOrganization(org!, userId), 201);
  });
