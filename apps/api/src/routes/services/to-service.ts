import type { ServiceRow } from '../../db/services.js';

export const SECRET_MASK = '********';

/** The public shape of a service: the secret is always masked (R10: reveal is its own request). */
export const toService = (row: ServiceRow, credentialsVisible?: boolean) => ({
  id: row.id,
  orgId: row.orgId,
  section: row.section,
  projectId: row.projectId,
  serverId: row.serverId,
  name: row.name,
  details: row.details,
  hasSecret: row.hasSecret,
  secret: row.hasSecret ? SECRET_MASK : null,
  priceCents: row.priceCents,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  ...(credentialsVisible === undefined ? {} : { credentialsVisible }),
});

/** The evaluator's target for a stored service. */
export const serviceTarget = (row: ServiceRow) =>
  row.projectId
    ? { section: row.section, project: row.projectId }
    : { section: row.section, server: row.serverId ?? '' };
