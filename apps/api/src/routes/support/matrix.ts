import { createRoute } from '@hono/zod-openapi';
import { catalog, type SupportAssessment, type Target } from '@mandate/core';
import type { App } from '../../context.js';
import { listUsableApprovals, toCoreApproval } from '../../db/approvals.js';
import { findOrganization } from '../../db/organizations.js';
import { listProjects } from '../../db/projects.js';
import { listServers } from '../../db/servers.js';
import { findUserById } from '../../db/users.js';
import { requireAgent } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { writeSupportLog } from '../../lib/support/support-log.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { MatrixSchema, RequesterQuerySchema, SupportOrgParamsSchema } from './schemas.js';
import { assessWithApprovals, loadSupportOrg } from './support-org.js';

const sectionsOf = (scope: 'org' | 'project' | 'server') =>
  catalog.sections.filter((s) => s.scope === scope).map((s) => s.id);

const route = createRoute({
  method: 'get',
  operationId: 'supportMatrix',
  path: '/v1/support/orgs/{org}/matrix',
  tags: ['support'],
  summary: 'Every section × place assessed for one requester',
  description:
    'Places: the organization, then each project and server where the requester may be disclosed something. R15: a place where the requester has no access is left out (no name, no cells, no count): anything there is `verify_owner`. For a requester who is not a member, only the organization place, unnamed. Written to the transparency log (R43).',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  request: { params: SupportOrgParamsSchema, query: RequesterQuerySchema },
  responses: { 200: jsonContent(MatrixSchema, 'The matrix.'), ...errorResponses },
});

export const registerMatrix = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const { db } = c.var.services;
    const org = await loadSupportOrg(c, orgId);
    const user = await findUserById(db, q.user);
    if (!user) throw new ApiError({ code: 'not_found', detail: 'No such requester.' });
    const mfa = q.mfa === 'true';
    const req = { userId: user.id, mfa };
    // R41: the requester's usable approvals, read once for every cell.
    const approvals = (await listUsableApprovals(db, orgId, user.id, c.var.services.now())).map(
      toCoreApproval,
    );
    type Assessed = { target: Target; assessment: SupportAssessment };
    const assessAll = async (targets: Target[]): Promise<Assessed[]> => {
      const out: Assessed[] = [];
      for (const target of targets) {
        out.push({ target, assessment: await assessWithApprovals(c, org, req, target, approvals) });
      }
      return out;
    };
    const cells = await assessAll(sectionsOf('org').map((section) => ({ section })));
    const first = cells[0]!.assessment;
    const stranger = first.requester === 'stranger';
    const [orgRow, projects, servers] = await Promise.all([
      findOrganization(db, orgId),
      stranger ? [] : listProjects(db, orgId),
      stranger ? [] : listServers(db, orgId),
    ]);
    const places: { kind: 'org' | 'project' | 'server'; id: string; name: string | null }[] = [
      { kind: 'org', id: orgId, name: stranger ? null : (orgRow?.name ?? null) },
    ];
    // R15, §7 last row: a project or server where nothing may be disclosed is left out, cells
    // and all, so not even how many there are shows; anything there is "verify as owner".
    for (const [kind, rows] of [
      ['project', projects],
      ['server', servers],
    ] as const) {
      for (const place of rows) {
        const here = await assessAll(
          sectionsOf(kind).map((section) => ({ section, [kind]: place.id })),
        );
        if (!here.some((cell) => cell.assessment.disclose)) continue;
        cells.push(...here);
        places.push({ kind, id: place.id, name: place.name });
      }
    }
    await writeSupportLog(db, {
      orgId,
      agentId: c.var.agent.agentId,
      action: 'support.matrix',
      requesterId: user.id,
      mfa,
      outcome: 'assessed',
      detail: { cells: cells.length },
    });
    return c.json(
      {
        org: { id: orgId, name: stranger ? null : (orgRow?.name ?? null) },
        requester: { id: user.id, email: user.email, name: user.name, kind: first.requester },
        mfa,
        places,
        cells: cells.map((cell) => ({ ...cell.target, assessment: cell.assessment })),
      },
      200,
    );
  });
