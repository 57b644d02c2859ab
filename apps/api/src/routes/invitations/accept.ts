import type { Services } from '../../context.js';
import { writeAudit } from '../../db/audit.js';
import { bumpAuthzVersion } from '../../db/authz-version.js';
import type { Db } from '../../db/database.js';
import {
  bindInvitationGrants,
  deleteGrant,
  findGrantAt,
  listGrants,
  scopeOfRecord,
} from '../../db/grants.js';
import { findInvitationByHash, invitationState, markInvitationUsed } from '../../db/invitations.js';
import { ensureMembership } from '../../db/members.js';
import type { Receipt } from '../../lib/authz/index.js';
import { ApiError } from '../../lib/errors/index.js';
import { toGrant } from '../grants/to-grant.js';
import { invitationHash } from './invitation-link.js';

type Found = NonNullable<Awaited<ReturnType<typeof findInvitationByHash>>>;

const notFound = () => new ApiError({ code: 'not_found', detail: 'No such invitation.' });

/** The invitation behind a link, if it can still be used; else the reason as a 410/404. */
export const usableInvitation = async (db: Db, token: string, now: Date): Promise<Found> => {
  const found = await findInvitationByHash(db, invitationHash(token));
  if (!found) throw notFound();
  const state = invitationState(found, now);
  if (state === 'accepted') {
    throw new ApiError({ code: 'invitation_used', detail: 'This invitation was already used.' });
  }
  if (state === 'revoked') {
    throw new ApiError({ code: 'invitation_revoked', detail: 'This invitation was withdrawn.' });
  }
  if (state === 'expired') {
    throw new ApiError({ code: 'invitation_expired', detail: 'This invitation has expired.' });
  }
  if (found.orgClosedAt) {
    throw new ApiError({ code: 'organization_closed', detail: 'The organization is closed.' });
  }
  return found;
};

/**
 * R33: binds the invitation's pending grants to the user's profile, once. The user becomes a
 * member; a pending grant replaces a grant it already held on that scope (R2). The inviter and
 * the owner cannot accept (R31: no grant to oneself or to the owner).
 */
export const acceptInvitation = async (
  services: Pick<Services, 'db' | 'now'>,
  token: string,
  userId: string,
): Promise<{ orgId: string; receipt: Receipt }> => {
  const { db, now } = services;
  const invitation = await usableInvitation(db, token, now());
  if (invitation.invitedBy === userId) {
    throw new ApiError({ code: 'self_grant', detail: 'You cannot accept your own invitation.' });
  }
  if (invitation.ownerId === userId) {
    throw new ApiError({
      code: 'owner_grant',
      detail: 'The owner holds every permission already.',
    });
  }
  const orgId = invitation.orgId;
  return db.transaction().execute(async (trx) => {
    // Single use: of two concurrent accepts, only one marks it.
    if (!(await markInvitationUsed(trx, invitation.id, userId, now()))) {
      await usableInvitation(trx, token, now());
      throw new ApiError({ code: 'invitation_used', detail: 'This invitation was already used.' });
    }
    await ensureMembership(trx, orgId, userId);
    const pending = await listGrants(trx, orgId, { grantee: { invitation: invitation.id } });
    const replaced = [];
    for (const g of pending) {
      const held = await findGrantAt(trx, orgId, { user: userId }, scopeOfRecord(g));
      if (held) {
        await deleteGrant(trx, orgId, held.id);
        replaced.push(toGrant(held));
      }
    }
    const bound = await bindInvitationGrants(trx, invitation.id, userId, now());
    const authzVersion = await bumpAuthzVersion(trx, orgId);
    await writeAudit(trx, {
      orgId,
      actor: { userId },
      action: 'invitation.accept',
      subject: { type: 'invitation', id: invitation.id },
      before: { replaced },
      after: { userId, grants: bound.map(toGrant) },
    });
    return { orgId, receipt: { authzVersion, enforcedFrom: now().toISOString() } };
  });
};
