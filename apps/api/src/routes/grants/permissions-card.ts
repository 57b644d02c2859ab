import { createRoute } from '@hono/zod-openapi';
import type { EffectiveCell, Level, Target } from '@mandate/core';
import type { App } from '../../context.js';
import { type GrantRecord, listGrants, scopeOfRecord } from '../../db/grants.js';
import { listMemberUsers } from '../../db/members.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { CardQuerySchema, CardSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'getPermissionsCard',
  path: '/v1/orgs/{org}/permissions-card',
  tags: ['grants'],
  summary: 'Permissions card of the organization, a project or a server (R51)',
  description:
    'Every grant that applies there, per member, direct or through a team, with MFA flag and ' +
    'expiry — as the core’s `effective` cites them. Needs `view` on `members` there.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, query: CardQuerySchema },
  responses: { 200: jsonContent(CardSchema, 'The card.'), ...errorResponses },
});

export const registerPermissionsCard = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const query = c.req.valid('query');
    if (query.project && query.server) {
      throw new ApiError({
        code: 'validation_failed',
        detail: 'Ask for a project or a server, not both.',
        errors: [{ path: 'query.server', message: 'not with project' }],
      });
    }
    const { db, now } = c.var.services;
    const org = await loadOrg(c, orgId);
    const target: Target = query.project
      ? { section: 'members', project: query.project }
      : { section: 'members' };
    // A server is a place of its own (R15): unknown or foreign servers are 404 like projects.
    if (query.server && !org.snapshot.servers.includes(query.server)) {
      throw new ApiError({ code: 'not_found', detail: 'Not found.' });
    }
    authorize(c, org, 'view', target, { hide: query.project !== undefined });
    const [users, grants] = await Promise.all([
      listMemberUsers(db, orgId),
      listGrants(db, orgId, { active: true }),
    ]);
    const byId = new Map<string, GrantRecord>(grants.map((g) => [g.id, g]));
    const rows = [];
    for (const user of users) {
      if (user.kind === 'owner') continue;
      // mfa: true so requireMfa grants are listed with their flag (R7), not hidden.
      const effective = org.evaluator.effective(
        { kind: 'user', userId: user.id, mfa: true },
        now(),
      );
      // The organization's card lists organization-scope grants, wherever they give a level.
      const cells: EffectiveCell[] = query.project
        ? Object.values(effective.projects[query.project] ?? {})
        : query.server
          ? Object.values(effective.servers[query.server] ?? {})
          : [
              ...Object.values(effective.org),
              ...Object.values(effective.projects).flatMap((p) => Object.values(p)),
              ...Object.values(effective.servers).flatMap((p) => Object.values(p)),
            ];
      const orgCard = !query.project && !query.server;
      const seen = new Set<string>();
      for (const cell of cells) {
        for (const eg of cell.grants) {
          const stored = byId.get(eg.id);
          if (!stored || seen.has(eg.id) || (orgCard && !('org' in eg.scope))) continue;
          seen.add(eg.id);
          rows.push({
            grantId: eg.id,
            grantee: { user: user.id },
            granteeName: user.name,
            granteeEmail: user.email,
            via: 'team' in eg.via ? { team: eg.via.team } : ('direct' as const),
            scope: scopeOfRecord(stored),
            role: stored.role,
            levels: stored.levels as Record<string, Level> | null,
            requireMfa: eg.requireMfa,
            expiresAt: eg.expiresAt ?? null,
          });
        }
      }
    }
    return c.json({ rows }, 200);
  });
