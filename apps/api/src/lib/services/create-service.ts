import type { AuditActor } from '../../db/audit.js';
import { writeAudit } from '../../db/audit.js';
import type { Db } from '../../db/database.js';
import { insertService, type ServiceRow } from '../../db/services.js';
import type { OrgAuthz } from '../authz/evaluator-cache.js';
import { chargeBalance } from '../billing/charge.js';
import { createPrice } from '../billing/prices.js';
import { newId } from '../ids.js';

export interface CreateServiceInput {
  org: OrgAuthz;
  now: Date;
  section: string;
  projectId: string | null;
  serverId: string | null;
  name: string;
  details: Record<string, unknown>;
  secret: string | null;
  /** R11: name the balance in a refusal only when the caller may read billing. */
  revealBalance: boolean;
  actor: AuditActor;
  /** `support` when an agent acts (R43's transparency log). */
  auditKind?: 'audit' | 'support';
  /** Extra fields for the audit row (support: requester, approval). */
  auditNote?: Record<string, unknown>;
  /** A purchase (R13) has its own price and audit verb. */
  purchase?: { kind: string; priceCents: number };
}

/**
 * R11: creates a service after the caller's `create` decision: in one transaction, the row,
 * the debit of the section's price from the balance (no billing access needed), its invoice,
 * the negative-balance alert (R44) and the audit row. The caller decides first; this does not.
 */
export const createServiceCharged = (db: Db, input: CreateServiceInput): Promise<ServiceRow> =>
  db.transaction().execute((trx) => createServiceIn(trx, input));

/** The same, inside the caller's transaction (support: with the approval it consumes, R41). */
export const createServiceIn = async (trx: Db, input: CreateServiceInput): Promise<ServiceRow> => {
  const priceCents = input.purchase?.priceCents ?? createPrice(input.section);
  const row = await insertService(trx, {
    id: newId('svc'),
    orgId: input.org.orgId,
    section: input.section,
    projectId: input.projectId,
    serverId: input.serverId,
    name: input.name,
    details: input.details,
    secret: input.secret,
    priceCents,
  });
  await chargeBalance(trx, {
    org: input.org,
    amountCents: priceCents,
    description: `${input.section}${input.purchase ? ` ${input.purchase.kind}` : ''}: ${input.name}`,
    serviceId: row.id,
    revealBalance: input.revealBalance,
    now: input.now,
  });
  await writeAudit(trx, {
    orgId: input.org.orgId,
    actor: input.actor,
    kind: input.auditKind ?? 'audit',
    action:
      input.auditKind === 'support'
        ? 'support.action.create'
        : input.purchase
          ? `purchase.${input.purchase.kind}`
          : 'service.create',
    subject: { type: 'service', id: row.id },
    after: { ...row, ...(input.auditNote ?? {}) },
  });
  return row;
};
