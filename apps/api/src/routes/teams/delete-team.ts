import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listGrants } from '../../db/grants.js';
import { deleteTeam } from '../../db/teams.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, commitChange, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { ReceiptBodySchema } from '../authz-schemas.js';
import { toGrant } from '../grants/to-grant.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { TeamParamsSchema } from './schemas.js';
import { assertMayMoveTeamGrants, loadTeam, toTeam } from './team-access.js';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteTeam',
  path: '/v1/orgs/{org}/teams/{team}',
  tags: ['teams'],
  summary: 'Delete a team and its grants',
  description: 'The caller must be allowed to take back each of the team’s grants (R31).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: TeamParamsSchema },
  responses: { 200: jsonContent(ReceiptBodySchema, 'Deleted.'), ...errorResponses },
});

export const registerDeleteTeam = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId, team: teamId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'delete', { section: 'members' });
    const team = await loadTeam(c, orgId, teamId);
    await assertMayMoveTeamGrants(c, org, teamId);
    const { receipt } = await commitChange(c, orgId, async (trx) => {
      const grants = await listGrants(trx, orgId, { grantee: { team: teamId } });
      await deleteTeam(trx, orgId, teamId);
      return {
        result: null,
        audit: [
          {
            action: 'team.delete',
            subject: { type: 'team', id: teamId },
            before: { ...toTeam(team), grants: grants.map(toGrant) },
          },
        ],
      };
    });
    return c.json({ receipt }, 200);
  });
