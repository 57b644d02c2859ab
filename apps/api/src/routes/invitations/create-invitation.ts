import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { insertGrant, listGrants } from '../../db/grants.js';
import { findInvitation, insertInvitation } from '../../db/invitations.js';
import { findOrganization } from '../../db/organizations.js';
import { writeOutbox } from '../../db/outbox.js';
import { requireCaller } from '../../lib/auth/index.js';
import { assertMayGrant } from '../../lib/authz/grant-check.js';
import { commitChange, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { assertFuture } from '../grants/access.js';
import { coreGrantOf, valuesOf } from '../grants/to-grant.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { INVITATION_DAYS, invitationLink, newInvitationToken } from './invitation-link.js';
import { InvitationWriteSchema, InviteBodySchema } from './schemas.js';
import { toInvitation } from './to-invitation.js';

const route = createRoute({
  method: 'post',
  operationId: 'createInvitation',
  path: '/v1/orgs/{org}/invitations',
  tags: ['members'],
  summary: 'Invite someone by e-mail with pending grants (R33)',
  description:
    'Each grant is decided by `checkGrant` as a grant to a user who is neither the caller nor ' +
    'the owner (R30, R31, R14). The single-use link (7 days, stored hashed) goes to the e-mail ' +
    'outbox (and the log in development); it is never in the response.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(InviteBodySchema) },
  responses: { 201: jsonContent(InvitationWriteSchema, 'Invited.'), ...errorResponses },
});

// A user id that can never exist (`-` is outside the id alphabet): "someone new" for checkGrant.
const INVITEE = { user: 'usr_pending-invitee' };

export const registerCreateInvitation = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const { now, log } = c.var.services;
    const org = await loadOrg(c, orgId);
    let credentialsWarning = false;
    const grants = body.grants.map((g, i) => {
      assertFuture(g.expiresAt, now(), `body.grants.${i}.expiresAt`);
      const core = coreGrantOf(newId('grt'), INVITEE, g.scope, g);
      const decision = assertMayGrant(org, c.var.caller.principal, core, now(), `body.grants.${i}`);
      credentialsWarning ||= decision.credentialsVisible;
      return { core, terms: g };
    });
    const orgRow = await findOrganization(c.var.services.db, orgId);
    const id = newId('inv');
    const { token, hash } = newInvitationToken();
    const expiresAt = new Date(now().getTime() + INVITATION_DAYS * 86_400_000);
    const link = invitationLink(token);
    const { result, receipt } = await commitChange(c, orgId, async (trx) => {
      await insertInvitation(trx, {
        id,
        orgId,
        email: body.email,
        tokenHash: hash,
        invitedBy: c.var.caller.userId,
        expiresAt,
      });
      for (const g of grants) {
        await insertGrant(trx, {
          id: g.core.id,
          orgId,
          grantee: { invitation: id },
          scope: g.terms.scope,
          createdBy: c.var.caller.userId,
          ...valuesOf(g.terms),
        });
      }
      await writeOutbox(trx, {
        id: newId('alr'),
        recipientEmail: body.email,
        orgId,
        kind: 'invitation',
        payload: { link, orgName: orgRow?.name ?? '', expiresAt: expiresAt.toISOString() },
      });
      const row = (await findInvitation(trx, orgId, id))!;
      const view = toInvitation(
        row,
        await listGrants(trx, orgId, { grantee: { invitation: id } }),
        now(),
      );
      return {
        result: view,
        audit: [{ action: 'invitation.create', subject: { type: 'invitation', id }, after: view }],
      };
    });
    log(`[mandate] invitation for ${body.email}: ${link}`);
    return c.json({ ...result, credentialsWarning, receipt }, 201);
  });
