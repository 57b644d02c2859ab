import type { ServerRow } from '../../db/servers.js';

export const toServer = (row: ServerRow) => ({
  id: row.id,
  orgId: row.orgId,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
});
