import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { writeAudit } from '../../db/audit.js';
import { bumpAuthzVersion } from '../../db/authz-version.js';
import { insertProject } from '../../db/projects.js';
import { requireCaller } from '../../lib/auth/index.js';
import { auditActor } from '../../lib/authz/audit-actor.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { CreateProjectBodySchema, ProjectSchema } from './schemas.js';
import { toProject } from './to-project.js';

const route = createRoute({
  method: 'post',
  operationId: 'createProject',
  path: '/v1/orgs/{org}/projects',
  tags: ['projects'],
  summary: 'Open a project',
  description:
    'Needs `create` on `account_management`; on a server also `view` on `server_consumption` there (SPEC §10).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(CreateProjectBodySchema) },
  responses: { 201: jsonContent(ProjectSchema, 'Opened.'), ...errorResponses },
});

export const registerCreateProject = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'create', { section: 'account_management' });
    if (body.serverId) {
      // An unknown or invisible server answers 404 (R15), like any other resource.
      authorize(c, org, 'view', { section: 'server_consumption', server: body.serverId });
    }
    const project = await c.var.services.db.transaction().execute(async (trx) => {
      const row = await insertProject(trx, {
        id: newId('prj'),
        orgId,
        serverId: body.serverId ?? null,
        name: body.name,
      });
      // The snapshot lists projects: a new one must reach every instance's evaluator.
      await bumpAuthzVersion(trx, orgId);
      await writeAudit(trx, {
        orgId,
        actor: auditActor(c.var.caller),
        action: 'project.create',
        subject: { type: 'project', id: row.id },
        after: toProject(row),
      });
      return row;
    });
    return c.json(toProject(project), 201);
  });
