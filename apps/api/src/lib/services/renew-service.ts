import type { AuditActor } from '../../db/audit.js';
import { writeAudit } from '../../db/audit.js';
import type { Db } from '../../db/database.js';
import { type ServiceRow, updateService } from '../../db/services.js';
import type { OrgAuthz } from '../authz/evaluator-cache.js';
import { chargeBalance } from '../billing/charge.js';

const YEAR_MS = 365 * 86_400_000;

/** R13: renewing a domain adds a year to its `details.expiresAt` and debits the renewal. */
export const renewServiceCharged = (
  db: Db,
  input: {
    org: OrgAuthz;
    now: Date;
    row: ServiceRow;
    priceCents: number;
    revealBalance: boolean;
    actor: AuditActor;
  },
): Promise<ServiceRow> =>
  db.transaction().execute(async (trx) => {
    const current = Date.parse(String(input.row.details.expiresAt ?? ''));
    const from = Number.isNaN(current)
      ? input.now.getTime()
      : Math.max(current, input.now.getTime());
    const details = { ...input.row.details, expiresAt: new Date(from + YEAR_MS).toISOString() };
    const next = await updateService(trx, input.org.orgId, input.row.id, { details }, input.now);
    if (!next) throw new Error('service vanished during renewal');
    await chargeBalance(trx, {
      org: input.org,
      amountCents: input.priceCents,
      description: `${input.row.section} renew: ${input.row.name}`,
      serviceId: input.row.id,
      revealBalance: input.revealBalance,
      now: input.now,
    });
    await writeAudit(trx, {
      orgId: input.org.orgId,
      actor: input.actor,
      action: 'purchase.renew',
      subject: { type: 'service', id: input.row.id },
      before: { details: input.row.details },
      after: { details, priceCents: input.priceCents },
    });
    return next;
  });
