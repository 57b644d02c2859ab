import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { listGrants } from '../../db/grants.js';
import { listOpenInvitations } from '../../db/invitations.js';
import { listMemberUsers } from '../../db/members.js';
import { listTeams } from '../../db/teams.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { toInvitation } from '../invitations/to-invitation.js';
import { bearerSecurity, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { toTeam } from '../teams/team-access.js';
import { MembersSchema } from './schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'listMembers',
  path: '/v1/orgs/{org}/members',
  tags: ['members'],
  summary: 'Members, teams and pending invitations',
  description: 'Needs `view` on `members` (organization scope).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema },
  responses: { 200: jsonContent(MembersSchema, 'The members.'), ...errorResponses },
});

export const registerListMembers = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const { db, now } = c.var.services;
    const org = await loadOrg(c, orgId);
    authorize(c, org, 'view', { section: 'members' });
    const [users, teams, invitations, grants] = await Promise.all([
      listMemberUsers(db, orgId),
      listTeams(db, orgId),
      listOpenInvitations(db, orgId),
      listGrants(db, orgId),
    ]);
    const teamsOf = (userId: string) =>
      teams.filter((t) => t.members.includes(userId)).map((t) => t.id);
    return c.json(
      {
        users: users.map((u) => ({
          id: u.id,
          email: u.email,
          name: u.name,
          isOwner: u.kind === 'owner',
          teams: teamsOf(u.id),
          since: u.since.toISOString(),
        })),
        teams: teams.map(toTeam),
        invitations: invitations.map((i) =>
          toInvitation(
            i,
            grants.filter((g) => g.invitationId === i.id),
            now(),
          ),
        ),
      },
      200,
    );
  });
