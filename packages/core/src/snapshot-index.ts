import { type GrantShape, shapeGrant } from './grant-shape.js';
import { BILLING, NONE, SECTION_COUNT } from './section-index.js';
import type { EffectiveGrant, Grant, OrgSnapshot } from './types.js';

/** One compiled grant as seen by one user (directly or through a team). */
export interface Entry {
  id: string;
  levels: Uint8Array;
  requireMfa: boolean;
  /** Milliseconds; +Infinity without expiry, -Infinity when unreadable (fail closed). */
  expMs: number;
  domainPurchase: boolean;
  /** The grant itself: the permissions card (R51) is built from it only when asked. */
  grant: Grant;
}

/** The grant as the permissions card shows it (R51): its source, scope, MFA flag and expiry. */
export const cardOf = (e: Entry): EffectiveGrant => {
  const g = e.grant;
  const card: EffectiveGrant = {
    id: g.id,
    via: 'user' in g.grantee ? { user: g.grantee.user } : { team: g.grantee.team },
    scope: g.scope,
    requireMfa: e.requireMfa,
  };
  if (g.expiresAt !== undefined) card.expiresAt = g.expiresAt;
  return card;
};

/** Everything that applies to one user, by place, built once per snapshot. */
export interface UserIndex {
  org: Entry[];
  /**
   * R12: `billing` named in a project or server grant counts organization-wide. Kept apart
   * from `org` so that only billing decisions read these copies.
   */
  billing: Entry[];
  projects: Map<string, Entry[]>;
  servers: Map<string, Entry[]>;
  /** Latest expiry over the user's grants: a member until then (§10 Support). */
  memberUntil: number;
}

export interface SnapshotIndex {
  ownerId: unknown;
  projects: Set<string>;
  servers: Set<string>;
  projectList: readonly string[];
  serverList: readonly string[];
  teamsOfUser: Map<string, string[]>;
  users: Map<string, UserIndex>;
}

/** Only a string id is ever the owner: a malformed principal or snapshot owns nothing (R1). */
export const isOwnerId = (idx: SnapshotIndex, id: unknown): boolean =>
  typeof id === 'string' && id === idx.ownerId;

export const parseTime = (iso: string | undefined): number => {
  if (iso === undefined) return Number.POSITIVE_INFINITY;
  const ms = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

/** Small integers for ids, so R2's grantee × scope key is a number: no string built per grant. */
const interner = () => {
  const ids = new Map<string, number>();
  return (id: string): number => {
    const n = ids.get(id);
    if (n !== undefined) return n;
    ids.set(id, ids.size);
    return ids.size - 1;
  };
};
const PLACES = 2 ** 21;

interface Shaped {
  grant: Grant;
  shape: GrantShape;
}

/**
 * Invalid grants count for nothing (§10), so they never replace a valid one; then R2 inside a
 * snapshot: the later grant for one grantee and scope replaces the earlier. Walks backwards
 * keeping the first seen, then restores the snapshot's order.
 */
const validLastPerGranteeAndScope = (grants: unknown): Shaped[] => {
  if (!Array.isArray(grants)) return [];
  const [user, team, project, server] = [interner(), interner(), interner(), interner()];
  const seen = new Set<number>();
  const kept: Shaped[] = [];
  for (let i = grants.length - 1; i >= 0; i--) {
    const grant = grants[i] as Grant;
    const shape = shapeGrant(grant);
    if (typeof shape === 'string') continue;
    const g = grant.grantee;
    const who = 'user' in g ? 2 * user(g.user) : 2 * team(g.team) + 1;
    const where =
      shape.scopeKind === 'org'
        ? 0
        : shape.scopeKind === 'project'
          ? 1 + 2 * project(shape.placeId!)
          : 2 + 2 * server(shape.placeId!);
    const key = who * PLACES + where;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ grant, shape });
  }
  return kept.reverse();
};

const own = <T>(record: unknown, key: string): T | undefined =>
  typeof record === 'object' && record !== null && Object.hasOwn(record, key)
    ? ((record as Record<string, T>)[key] as T)
    : undefined;

/** A team's distinct members; a team missing from the snapshot or malformed has none. */
const membersOf = (teams: unknown, team: string): string[] => {
  const members = own<unknown>(teams, team);
  return Array.isArray(members) ? [...new Set(members.filter((u) => typeof u === 'string'))] : [];
};

const strings = (list: unknown): string[] =>
  Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];

const emptyUser = (): UserIndex => ({
  org: [],
  billing: [],
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
  const teams: unknown = org?.teams;
  const teamsOfUser = new Map<string, string[]>();
  const teamMembers = new Map<string, string[]>();
  if (typeof teams === 'object' && teams !== null) {
    for (const team of Object.keys(teams)) {
      const members = membersOf(teams, team);
      teamMembers.set(team, members);
      for (const user of members) {
        const list = teamsOfUser.get(user);
        if (list) list.push(team);
        else teamsOfUser.set(user, [team]);
      }
    }
  }
  const users = new Map<string, UserIndex>();
  const userOf = (id: string): UserIndex => {
    const u = users.get(id);
    if (u) return u;
    const fresh = emptyUser();
    users.set(id, fresh);
    return fresh;
  };

  for (const { grant, shape } of validLastPerGranteeAndScope(org?.grants)) {
    const expMs = parseTime(grant.expiresAt);
    const requireMfa = grant.requireMfa === true;
    const { levels, domainPurchase } = shape;
    const entry: Entry = { id: grant.id, levels, requireMfa, expMs, domainPurchase, grant };
    // R12: billing named at project or server scope counts organization-wide.
    let billingEntry: Entry | undefined;
    if (shape.scopeKind !== 'org' && levels[BILLING] !== NONE) {
      const billing = new Uint8Array(SECTION_COUNT);
      billing[BILLING] = levels[BILLING]!;
      billingEntry = { ...entry, levels: billing, domainPurchase: false };
    }
    const g = grant.grantee;
    const recipients = 'user' in g ? [g.user] : (teamMembers.get(g.team) ?? []);
    for (const userId of recipients) {
      const u = userOf(userId);
      if (expMs > u.memberUntil) u.memberUntil = expMs;
      if (shape.scopeKind === 'org') u.org.push(entry);
      else push(shape.scopeKind === 'project' ? u.projects : u.servers, shape.placeId!, entry);
      if (billingEntry) u.billing.push(billingEntry);
    }
  }
  const projectList = strings(org?.projects);
  const serverList = strings(org?.servers);
  return {
    ownerId: org?.ownerId as unknown,
    projects: new Set(projectList),
    servers: new Set(serverList),
    projectList,
    serverList,
    teamsOfUser,
    users,
  };
};
