import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listProjects } from '../../db/projects.js';
import { requireCaller } from '../../lib/auth/index.js';
import { decide, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { ProjectListSchema } from './schemas.js';
import { toProject } from './to-project.js';

const route = createRoute({
  method: 'get',
  operationId: 'listProjects',
  path: '/v1/orgs/{org}/projects',
  tags: ['projects'],
  summary: 'Projects I can see',
  description:
    'A project is listed when the caller holds a level above `none` on some section there, or may view `account_management` (R15).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(ProjectListSchema, 'The projects.'), ...errorResponses },
});

export const registerListProjects = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    const rows = await listProjects(c.var.services.db, orgId);
    const accountManager = decide(c, org, 'view', { section: 'account_management' }).allowed;
    const places = accountManager
      ? null
      : org.evaluator.effective(c.var.caller.principal, c.var.services.now()).projects;
    const visible = places ? rows.filter((r) => places[r.id] !== undefined) : rows;
    return c.json({ projects: visible.map(toProject) }, 200);
  });
