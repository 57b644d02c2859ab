import { catalog, type Level, type Scope, type ScopeKind } from '@mandate/core';
import { checked, parseExpiry, parseLevels } from './forms';
import type { MessageKey } from './i18n/messages';
import { grantableSections, levelRank, rolesFor } from './sections';

/** What the permission editor holds, as a form echoes it back. */
export interface GrantValues {
  mode: 'role' | 'levels';
  role: string;
  levels: Record<string, Level>;
  requireMfa: boolean;
  expiresAt: string;
  note: string;
}

export const emptyGrant: GrantValues = {
  mode: 'levels',
  role: '',
  levels: {},
  requireMfa: false,
  expiresAt: '',
  note: '',
};

export const scopeKindOf = (scope: Scope): ScopeKind =>
  'project' in scope ? 'project' : 'server' in scope ? 'server' : 'org';

/**
 * Reads the permission editor: a role or levels per section, the second-factor flag, an expiry.
 * Returns the API body, or message keys per field.
 */
export function parseGrantForm(
  form: FormData,
  scope: Scope,
):
  | {
      ok: true;
      values: GrantValues;
      body: {
        scope: Scope;
        role?: string;
        levels?: Record<string, Level>;
        requireMfa: boolean;
        expiresAt?: string;
        note?: string;
      };
    }
  | { ok: false; values: GrantValues; errors: Partial<Record<string, MessageKey>> } {
  const kind = scopeKindOf(scope);
  const sections = grantableSections(kind).flatMap((g) => g.sections.map((s) => s.id));
  const roles = rolesFor(kind).map((r) => r.id as string);
  const mode = form.get('mode') === 'role' && roles.length > 0 ? 'role' : 'levels';
  const role = String(form.get('role') ?? '');
  const levels = parseLevels(form, sections);
  const expiry = parseExpiry(form.get('expiresAt'));
  const note = String(form.get('note') ?? '').trim();
  const values: GrantValues = {
    mode,
    role,
    levels,
    requireMfa: checked(form, 'requireMfa'),
    expiresAt: String(form.get('expiresAt') ?? ''),
    note,
  };
  const errors: Partial<Record<string, MessageKey>> = {};
  if (mode === 'role' && !roles.includes(role)) errors.role = 'grant.pickRole';
  if (mode === 'levels' && Object.keys(levels).length === 0) errors.levels = 'grant.pickLevel';
  if (expiry === null) errors.expiresAt = 'grant.badDate';
  else if (expiry && new Date(expiry).getTime() <= Date.now()) errors.expiresAt = 'grant.pastDate';
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    body: {
      scope,
      ...(mode === 'role' ? { role } : { levels }),
      requireMfa: values.requireMfa,
      ...(expiry ? { expiresAt: expiry } : {}),
      ...(note ? { note } : {}),
    },
  };
}

/**
 * The highest level the editor may offer per section (R31: only levels the grantor holds
 * there), read from the grantor's Effective as the API returned it. `null` = no limit (owner).
 */
export function offerable(
  mine: Record<string, { level: Level }> | undefined,
  isOwner: boolean,
): (section: string) => Level {
  if (isOwner) return () => 'manage';
  return (section) => mine?.[section]?.level ?? 'none';
}

/** Roles whose every level the grantor holds (R31). */
export function offerableRoles(kind: ScopeKind, max: (section: string) => Level) {
  return rolesFor(kind).filter((r) =>
    Object.entries(r.levels).every(([s, level]) => levelRank(max(s)) >= levelRank(level)),
  );
}

/** Label of a grant's content: a role's name, or "n sections". */
export const roleLabel = (id: string | null | undefined) =>
  catalog.roles.find((r) => r.id === id)?.label;
