import type { ProjectRow } from '../../db/projects.js';

export const toProject = (row: ProjectRow) => ({
  id: row.id,
  orgId: row.orgId,
  name: row.name,
  serverId: row.serverId,
  createdAt: row.createdAt.toISOString(),
});
