import type { SupportAssessment, Target } from '@mandate/core';
import { writeAudit } from '../../db/audit.js';
import type { Db } from '../../db/database.js';

/**
 * R43: one row of the transparency log (audit kind `support`), which the owner reads in the
 * customer panel. `after` always carries who asked, about what, and what came of it.
 *
 * @example await writeSupportLog(trx, { orgId, agentId, action: 'support.assess',
 *   requesterId, target, outcome: 'assessed', assessment })
 */
export const writeSupportLog = async (
  db: Db,
  e: {
    orgId: string | null;
    agentId: string;
    action: string;
    requesterId?: string | undefined;
    target?: Target | undefined;
    supportAction?: string | undefined;
    outcome: string;
    mfa?: boolean | undefined;
    assessment?: SupportAssessment | undefined;
    subject?: { type: string; id: string } | undefined;
    detail?: Record<string, unknown> | undefined;
  },
): Promise<void> => {
  await writeAudit(db, {
    orgId: e.orgId,
    kind: 'support',
    actor: { agentId: e.agentId },
    action: e.action,
    ...(e.subject ? { subject: e.subject } : {}),
    after: {
      requesterId: e.requesterId ?? null,
      target: e.target ?? null,
      action: e.supportAction ?? null,
      outcome: e.outcome,
      ...(e.mfa === undefined ? {} : { mfa: e.mfa }),
      ...(e.assessment
        ? {
            requester: e.assessment.requester,
            level: e.assessment.level,
            reason: e.assessment.reason,
          }
        : {}),
      ...(e.detail ?? {}),
    },
  });
};
