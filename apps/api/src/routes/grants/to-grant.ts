import type { Grant, Level, RoleId } from '@mandate/core';
import { type GrantRecord, scopeOfRecord } from '../../db/grants.js';
import type { LevelMap } from '../../db/schema.js';

/** The API shape of a stored grant (R2's rowVersion included, for If-Match). */
export const toGrant = (g: GrantRecord) => ({
  id: g.id,
  grantee: g.granteeUserId
    ? { user: g.granteeUserId }
    : { team: g.granteeTeamId ?? g.invitationId ?? '' },
  scope: scopeOfRecord(g),
  role: g.role,
  levels: (g.levels ?? null) as Record<string, Level> | null,
  requireMfa: g.requireMfa,
  expiresAt: g.expiresAt?.toISOString() ?? null,
  note: g.note,
  rowVersion: g.rowVersion,
  createdBy: g.createdBy,
  createdAt: g.createdAt.toISOString(),
  updatedAt: g.updatedAt.toISOString(),
});

export interface GrantTerms {
  role?: string | undefined;
  levels?: LevelMap | undefined;
  requireMfa: boolean;
  expiresAt?: string | null | undefined;
  note?: string | null | undefined;
}

/** The core's view of a grant being written (the evaluator decides everything about it). */
export const coreGrantOf = (
  id: string,
  grantee: Grant['grantee'],
  scope: Grant['scope'],
  terms: GrantTerms,
): Grant => ({
  id,
  grantee,
  scope,
  ...(terms.role !== undefined ? { role: terms.role as RoleId } : {}),
  ...(terms.levels !== undefined ? { levels: terms.levels } : {}),
  ...(terms.requireMfa ? { requireMfa: true } : {}),
  ...(terms.expiresAt ? { expiresAt: new Date(terms.expiresAt).toISOString() } : {}),
});

/** Storage values of the terms. */
export const valuesOf = (terms: GrantTerms) => ({
  role: terms.role ?? null,
  levels: terms.levels ?? null,
  requireMfa: terms.requireMfa,
  expiresAt: terms.expiresAt ? new Date(terms.expiresAt) : null,
  note: terms.note ?? null,
});
