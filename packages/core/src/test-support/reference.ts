import { catalog, roleInfo } from '../catalog.js';
import type { Grant, Level, OrgSnapshot, Target } from '../types.js';
import { validateGrant } from '../validate-grant.js';

/**
 * A deliberately naive model of a member's level (R2, R5–R8, R12), written from the rule text
 * without the evaluator's indexes, to check `decide` against. Owner and tokens are not modelled.
 */
const rank = { none: 0, read: 1, manage: 2 } as const;
const names: Level[] = ['none', 'read', 'manage'];

const levelIn = (g: Grant, section: string): number => {
  const levels = g.role ? (roleInfo(g.role)?.levels ?? {}) : (g.levels ?? {});
  let best: number = rank[levels[section] ?? 'none'];
  for (const s of catalog.sections) {
    if (s.related.includes(section)) best = Math.max(best, rank[levels[s.id] ?? 'none']);
  }
  return best;
};

const key = (g: Grant) => JSON.stringify([g.grantee, g.scope]);

export const referenceLevel = (
  org: OrgSnapshot,
  userId: string,
  mfa: boolean,
  target: Target,
  now: Date,
): Level => {
  const info = catalog.sections.find((s) => s.id === target.section);
  if (!info || info.ownerOnly) return 'none';
  const valid = org.grants.filter((g) => validateGrant(g) === null);
  const last = valid.filter((g, i) => !valid.slice(i + 1).some((h) => key(h) === key(g)));
  let best = 0;
  for (const g of last) {
    const mine =
      'user' in g.grantee
        ? g.grantee.user === userId
        : (org.teams[g.grantee.team] ?? []).includes(userId);
    if (!mine) continue;
    if (g.expiresAt !== undefined && !(Date.parse(g.expiresAt) > now.getTime())) continue;
    if (g.requireMfa && !mfa) continue;
    const applies =
      'org' in g.scope ||
      target.section === 'billing' ||
      ('project' in g.scope &&
        info.scope !== 'server' &&
        target.project === g.scope.project &&
        (info.scope === 'project' || target.section === 'members')) ||
      ('server' in g.scope && info.scope === 'server' && target.server === g.scope.server);
    if (applies) best = Math.max(best, levelIn(g, target.section));
  }
  return names[best]!;
};
