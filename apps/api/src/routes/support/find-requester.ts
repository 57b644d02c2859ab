import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listUserOrganizations } from '../../db/organizations.js';
import { findUserByEmail } from '../../db/users.js';
import { requireAgent } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { writeSupportLog } from '../../lib/support/support-log.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { RequesterSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'supportFindRequester',
  path: '/v1/support/requesters',
  tags: ['support'],
  summary: 'Find a requester by e-mail, with their organizations',
  description:
    'Staff are a separate realm and never appear as members. 404 when no user has that e-mail.',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  request: { query: z.object({ email: z.string().trim().max(254).email() }) },
  responses: { 200: jsonContent(RequesterSchema, 'The requester.'), ...errorResponses },
});

export const registerFindRequester = (app: App) =>
  app.openapi(route, async (c) => {
    const { email } = c.req.valid('query');
    const { db } = c.var.services;
    const user = await findUserByEmail(db, email);
    if (!user) throw new ApiError({ code: 'not_found', detail: 'No customer has that e-mail.' });
    const orgs = await listUserOrganizations(db, user.id);
    // R43: a lookup is a support step too; it is logged in each organization it reveals.
    await db.transaction().execute(async (trx) => {
      for (const org of orgs) {
        await writeSupportLog(trx, {
          orgId: org.id,
          agentId: c.var.agent.agentId,
          action: 'support.lookup',
          requesterId: user.id,
          outcome: 'found',
        });
      }
    });
    return c.json(
      {
        user: { id: user.id, email: user.email, name: user.name },
        organizations: orgs.map((o) => ({ id: o.id, name: o.name, role: o.kind })),
      },
      200,
    );
  });
