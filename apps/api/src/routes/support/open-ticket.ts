import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { insertAlerts } from '../../db/alerts.js';
import { insertTicket } from '../../db/tickets.js';
import { requireAgent } from '../../lib/auth/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { writeSupportLog } from '../../lib/support/support-log.js';
import { bearerSecurity, jsonBody, jsonContent } from '../shared-schemas.js';
import { SupportOrgParamsSchema, TicketBodySchema, TicketSchema } from './schemas.js';
import { loadSupportOrg } from './support-org.js';

const route = createRoute({
  method: 'post',
  operationId: 'supportOpenTicket',
  path: '/v1/support/orgs/{org}/tickets',
  tags: ['support'],
  summary: 'Open a technical ticket about a project or a server',
  description:
    'R44: alerts the technical contacts — members the evaluator lets `view` `technical_contact` at that project, or `server_technical_contact` at that server (the owner holds every level, so is one). Written to the transparency log (R43).',
  security: bearerSecurity,
  middleware: [requireAgent] as const,
  request: { params: SupportOrgParamsSchema, body: jsonBody(TicketBodySchema) },
  responses: { 201: jsonContent(TicketSchema, 'Opened.'), ...errorResponses },
});

export const registerOpenTicket = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const org = await loadSupportOrg(c, orgId);
    const { db, now } = c.var.services;
    const at = now();
    const target = body.project
      ? { section: 'technical_contact', project: body.project }
      : { section: 'server_technical_contact', server: body.server ?? '' };
    const known = body.project
      ? org.snapshot.projects.includes(body.project)
      : org.snapshot.servers.includes(body.server ?? '');
    if (!known) throw new ApiError({ code: 'not_found', detail: 'No such project or server.' });
    // Subscribed = technical_contact ≥ read there, as the evaluator says (with a second factor:
    // an alert is not an access).
    const contacts = [...org.members].filter(
      (userId) =>
        org.evaluator.decide({ kind: 'user', userId, mfa: true }, 'view', target, at).allowed,
    );
    const id = newId('tkt');
    const requesterId = body.user && org.members.has(body.user) ? body.user : null;
    const created = await db.transaction().execute(async (trx) => {
      const row = await insertTicket(trx, {
        id,
        orgId,
        agentId: c.var.agent.agentId,
        requesterId,
        projectId: body.project ?? null,
        serverId: body.server ?? null,
        subject: body.subject,
      });
      await insertAlerts(
        trx,
        contacts.map((userId) => ({
          id: newId('alr'),
          userId,
          orgId,
          kind: 'support_ticket',
          payload: {
            ticketId: id,
            subject: body.subject,
            projectId: body.project ?? null,
            serverId: body.server ?? null,
          },
        })),
      );
      await writeSupportLog(trx, {
        orgId,
        agentId: c.var.agent.agentId,
        action: 'support.ticket',
        requesterId: requesterId ?? undefined,
        target,
        outcome: 'opened',
        subject: { type: 'ticket', id },
        detail: { subject: body.subject, alerted: contacts.length },
      });
      return row;
    });
    return c.json(
      {
        id,
        orgId,
        projectId: body.project ?? null,
        serverId: body.server ?? null,
        subject: body.subject,
        createdAt: created.createdAt.toISOString(),
        alerted: contacts.length,
      },
      201,
    );
  });
