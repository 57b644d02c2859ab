import type { OrganizationRow } from '../../db/organizations.js';

/** The API shape of an organization for a given caller. */
export const toOrganization = (row: OrganizationRow, callerId: string) => ({
  id: row.id,
  name: row.name,
  ownerId: row.ownerId,
  isOwner: row.ownerId === callerId,
  closedAt: row.closedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  authzVersion: row.authzVersion,
});
