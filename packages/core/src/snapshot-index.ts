import { shapeGrant } from './grant-shape.js';
import { BILLING, NONE, SECTION_COUNT } from './section-index.js';
import type { EffectiveGrant, Grant, OrgSnapshot, Scope } from './types.js';

/** One compiled grant as seen by one user (directly or through a team). */
export interface Entry {
  id: string;
  levels: Uint8Array;
  requireMfa: boolean;
  /** Milliseconds; +Infinity without expiry, -Infinity when unreadable (fail closed). */
  expMs: number;
  domainPurchase: boolean;
  /** The same grant as the permissions card shows it (R51). */
  card: EffectiveGrant;
}

/** Everything that applies to one user, by place, built once per snapshot. */
export interface UserIndex {
  org: Entry[];
  projects: Map<string, Entry[]>;
  servers: Map<string, Entry[]>;
  /** Latest expiry over the user's grants: a member until then (§10 Support). */
  memberUntil: number;
}

export interface SnapshotIndex {
  ownerId: string;
  projects: Set<string>;
  servers: Set<string>;
  projectList: readonly string[];
  serverList: readonly string[];
  teamsOfUser: Map<string, string[]>;
  users: Map<string, UserIndex>;
}

export const parseTime = (iso: string | undefined): number => {
  if (iso === undefined) return Number.POSITIVE_INFINITY;
  const ms = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

const granteeKey = (g: Grant['grantee']): string =>
  'user' in g ? `u:${g.user}` : `t:${(g as { team: string }).team}`;
const scopeKey = (s: Scope): string =>
  'project' in s ? `p:${s.project}` : 'server' in s ? `s:${s.server}` : 'o';

/** R2 inside a snapshot: the later grant for one grantee and scope replaces the earlier. */
const lastPerGranteeAndScope = (grants: Grant[]): Grant[] => {
  const byKey = new Map<string, Grant>();
  for (const g of grants) {
    if (!g || typeof g !== 'object' || !g.grantee || !g.scope) continue;
    const key = `${granteeKey(g.grantee)}|${scopeKey(g.scope)}`;
    byKey.delete(key);
    byKey.set(key, g);
  }
  return [...byKey.values()];
};

const emptyUser = (): UserIndex => ({
  org: [],
  projects: new Map(),
  servers: new Map(),
  memberUntil: Number.NEGATIVE_INFINITY,
});

const push = (map: Map<string, Entry[]>, key: string, entry: Entry): void => {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
};

/** Indexes a snapshot once: by user (own and team grants merged), then by place. */
export const indexSnapshot = (org: OrgSnapshot): SnapshotIndex => {
  const teamsOfUser = new Map<string, string[]>();
  for (const [team, members] of Object.entries(org.teams ?? {})) {
    for (const user of new Set(members)) {
      const list = teamsOfUser.get(user);
      if (list) list.push(team);
      else teamsOfUser.set(user, [team]);
    }
  }
  const users = new Map<string, UserIndex>();
  const userOf = (id: string): UserIndex => {
    let u = users.get(id);
    if (!u) users.set(id, (u = emptyUser()));
    return u;
  };

  for (const grant of lastPerGranteeAndScope(org.grants ?? [])) {
    const shape = shapeGrant(grant);
    if (typeof shape === 'string') continue; // invalid grants count for nothing (§10)
    const expMs = parseTime(grant.expiresAt);
    const via = 'user' in grant.grantee ? { user: grant.grantee.user } : { team: grant.grantee.team };
    const card: EffectiveGrant = {
      id: grant.id,
      via,
      scope: grant.scope,
      requireMfa: grant.requireMfa === true,
      ...(grant.expiresAt !== undefined ? { expiresAt: grant.expiresAt } : {}),
    };
    const entry: Entry = {
      id: grant.id,
      levels: shape.levels,
      requireMfa: grant.requireMfa === true,
      expMs,
      domainPurchase: shape.domainPurchase,
      card,
    };
    // R12: billing named at project or server scope counts organization-wide.
    let billingEntry: Entry | undefined;
    if (shape.scopeKind !== 'org' && shape.levels[BILLING] !== NONE) {
      const levels = new Uint8Array(SECTION_COUNT);
      levels[BILLING] = shape.levels[BILLING]!;
      billingEntry = { ...entry, levels, domainPurchase: false };
    }
    const recipients =
      'user' in via ? [via.user] : (org.teams?.[via.team] ?? []).filter((u, i, a) => a.indexOf(u) === i);
    for (const userId of recipients) {
      const u = userOf(userId);
      if (expMs > u.memberUntil) u.memberUntil = expMs;
      if (shape.scopeKind === 'org') u.org.push(entry);
      else push(shape.scopeKind === 'project' ? u.projects : u.servers, shape.placeId!, entry);
      if (billingEntry) u.org.push(billingEntry);
    }
  }
  return {
    ownerId: org.ownerId,
    projects: new Set(org.projects),
    servers: new Set(org.servers),
    projectList: [...org.projects],
    serverList: [...org.servers],
    teamsOfUser,
    users,
  };
};
