import type { Level } from '@mandate/core';
import { type GrantRecord, scopeOfRecord } from '../../db/grants.js';
import { type InvitationRow, invitationState } from '../../db/invitations.js';

export const toInvitation = (row: InvitationRow, grants: GrantRecord[], now: Date) => ({
  id: row.id,
  email: row.email,
  state: invitationState(row, now),
  invitedBy: row.invitedBy,
  expiresAt: row.expiresAt.toISOString(),
  createdAt: row.createdAt.toISOString(),
  grants: grants.map((g) => ({
    id: g.id,
    scope: scopeOfRecord(g),
    role: g.role,
    levels: g.levels as Record<string, Level> | null,
    requireMfa: g.requireMfa,
    expiresAt: g.expiresAt?.toISOString() ?? null,
  })),
});
