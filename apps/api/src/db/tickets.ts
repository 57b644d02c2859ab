import type { Db } from './database.js';

export const insertTicket = async (
  db: Db,
  t: {
    id: string;
    orgId: string;
    agentId: string;
    requesterId: string | null;
    projectId: string | null;
    serverId: string | null;
    subject: string;
  },
): Promise<{ createdAt: Date }> =>
  db
    .insertInto('support_tickets')
    .values({
      id: t.id,
      org_id: t.orgId,
      agent_id: t.agentId,
      requester_id: t.requesterId,
      project_id: t.projectId,
      server_id: t.serverId,
      subject: t.subject,
    })
    .returning('created_at as createdAt')
    .executeTakeFirstOrThrow();
