import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { findInvitationByHash, invitationState } from '../../db/invitations.js';
import { requireSession } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { bearerSecurity, jsonContent } from '../shared-schemas.js';
import { acceptInvitation } from './accept.js';
import { invitationHash } from './invitation-link.js';
import { AcceptedSchema, InvitationTokenParamsSchema, PublicInvitationSchema } from './schemas.js';

const getRoute = createRoute({
  method: 'get',
  operationId: 'getInvitation',
  path: '/v1/invitations/{token}',
  tags: ['members'],
  summary: 'What an invitation link is (public)',
  description: 'The organization’s name, the invited e-mail and the state (R33). No credential.',
  request: { params: InvitationTokenParamsSchema },
  responses: { 200: jsonContent(PublicInvitationSchema, 'The invitation.'), ...errorResponses },
});

const acceptRoute = createRoute({
  method: 'post',
  operationId: 'acceptInvitation',
  path: '/v1/invitations/{token}/accept',
  tags: ['members'],
  summary: 'Accept an invitation as the signed-in user (R33)',
  description:
    'Binds the pending grants to the caller’s profile and makes it a member. Single use: a used, ' +
    'withdrawn or expired link answers 410. Sessions only.',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  request: { params: InvitationTokenParamsSchema },
  responses: {
    200: jsonContent(AcceptedSchema, 'Accepted.'),
    410: { description: 'Used, withdrawn or expired.', content: errorResponses[404].content },
    ...errorResponses,
  },
});

export const registerPublicInvitationRoutes = (app: App) => {
  app.openapi(getRoute, async (c) => {
    const { token } = c.req.valid('param');
    const { db, now } = c.var.services;
    const found = await findInvitationByHash(db, invitationHash(token));
    if (!found) throw new ApiError({ code: 'not_found', detail: 'No such invitation.' });
    return c.json(
      {
        orgId: found.orgId,
        orgName: found.orgName,
        email: found.email,
        state: invitationState(found, now()),
        expiresAt: found.expiresAt.toISOString(),
      },
      200,
    );
  });

  app.openapi(acceptRoute, async (c) => {
    const { token } = c.req.valid('param');
    const result = await acceptInvitation(c.var.services, token, c.var.caller.userId);
    return c.json(result, 200);
  });
};
