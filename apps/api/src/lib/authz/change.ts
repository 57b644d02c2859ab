import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import type { AuditEntry } from '../../db/audit.js';
import { writeAudit } from '../../db/audit.js';
import { bumpAuthzVersion } from '../../db/authz-version.js';
import type { Db } from '../../db/database.js';
import type { CallerEnv } from '../auth/caller.js';
import { auditActor } from './audit-actor.js';

/** What every change to who may do what answers with (docs/api-routes.md). */
export interface Receipt {
  /** The organization's authz_version after the change. */
  authzVersion: number;
  /** From this instant every API instance enforces the change (stale window 0, R20). */
  enforcedFrom: string;
}

type AuditNote = Omit<AuditEntry, 'orgId' | 'actor'>;

/**
 * Runs one change to grants, teams, memberships, tokens or invitations in a transaction that
 * also bumps authz_version and appends the audit rows (R34), and returns the receipt.
 * `work` returns its result and the audit notes to write.
 *
 * @example const { result, receipt } = await commitChange(c, orgId, async (trx) => {
 *   await deleteGrant(trx, id); return { result: null, audit: [{ action: 'grant.delete', … }] }; });
 */
export const commitChange = async <T>(
  c: Context<AppEnv & CallerEnv>,
  orgId: string,
  work: (trx: Db) => Promise<{ result: T; audit: AuditNote[] }>,
): Promise<{ result: T; receipt: Receipt }> => {
  const { db, now } = c.var.services;
  const actor = auditActor(c.var.caller);
  return db.transaction().execute(async (trx) => {
    const { result, audit } = await work(trx);
    const authzVersion = await bumpAuthzVersion(trx, orgId);
    for (const note of audit) await writeAudit(trx, { ...note, orgId, actor });
    return { result, receipt: { authzVersion, enforcedFrom: now().toISOString() } };
  });
};
