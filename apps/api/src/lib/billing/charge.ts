import { insertAlerts } from '../../db/alerts.js';
import { debitBalance, insertInvoice, lockBalance } from '../../db/billing.js';
import type { Db } from '../../db/database.js';
import type { OrgAuthz } from '../authz/evaluator-cache.js';
import { ApiError } from '../errors/index.js';
import { newId, randomText } from '../ids.js';
import { formatCents } from './prices.js';

/**
 * R44: who is alerted about the balance — every member the evaluator lets `view` billing
 * (as with a second factor: a requireMfa billing grant still makes its holder a billing reader).
 */
export const billingReaders = (org: OrgAuthz, now: Date): string[] =>
  [...org.members].filter(
    (userId) =>
      org.evaluator.decide({ kind: 'user', userId, mfa: true }, 'view', { section: 'billing' }, now)
        .allowed,
  );

/**
 * Debits the balance inside the caller's transaction: locks the organization row, refuses with
 * `insufficient_balance` when the balance (plus the credit limit) does not cover the amount —
 * naming figures only when `revealBalance` (the caller may read billing, R11) — writes the
 * invoice (R12) and, when the balance turns negative, alerts billing readers (R44).
 *
 * @example await db.transaction().execute(async (trx) => {
 *   const svc = await insertService(trx, …);
 *   await chargeBalance(trx, { org, amountCents: 500, description: 'databases: main', … }); })
 */
export const chargeBalance = async (
  trx: Db,
  c: {
    org: OrgAuthz;
    amountCents: number;
    description: string;
    serviceId: string | null;
    revealBalance: boolean;
    now: Date;
  },
): Promise<{ balanceCents: number } | null> => {
  if (c.amountCents <= 0) return null;
  const before = await lockBalance(trx, c.org.orgId);
  if (before.balanceCents - c.amountCents < -before.creditLimitCents) {
    throw new ApiError({
      code: 'insufficient_balance',
      detail: c.revealBalance
        ? `The balance (${formatCents(before.balanceCents)}) does not cover ${formatCents(c.amountCents)}.`
        : 'The balance does not cover this; a member with billing access can top it up.',
    });
  }
  const after = await debitBalance(trx, c.org.orgId, c.amountCents);
  await insertInvoice(trx, {
    id: newId('ivc'),
    orgId: c.org.orgId,
    number: `INV-${c.now.getUTCFullYear()}-${randomText(8).toUpperCase()}`,
    serviceId: c.serviceId,
    description: c.description,
    amountCents: c.amountCents,
    issuedAt: c.now,
  });
  if (before.balanceCents >= 0 && after < 0) {
    await insertAlerts(
      trx,
      billingReaders(c.org, c.now).map((userId) => ({
        id: newId('alr'),
        userId,
        orgId: c.org.orgId,
        kind: 'balance_negative',
        payload: { balanceCents: after, currency: 'EUR' },
      })),
    );
  }
  return { balanceCents: after };
};
