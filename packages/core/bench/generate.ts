import type {
  Action,
  Grant,
  Level,
  OrgSnapshot,
  Principal,
  RoleId,
  Scope,
  Target,
} from '../src/index.js';
import { catalog } from '../src/index.js';
import { type Prng, prng } from './prng.js';

export const NOW = new Date('2030-06-01T00:00:00Z');
const PAST = '2030-01-01T00:00:00Z';
const FUTURE = '2031-01-01T00:00:00Z';

const ids = (scope: string) =>
  catalog.sections.filter((s) => s.scope === scope && !s.ownerOnly).map((s) => s.id);
const PROJECT_SECTIONS = ids('project');
const SERVER_SECTIONS = ids('server');
const ORG_SECTIONS = ['account_management', 'billing', 'members'];
/** The query stream leaves out `purchase`: CASL and the floor model levels → actions only. */
export const ACTIONS: Action[] = ['view', 'view_credentials', 'create', 'update', 'delete'];

export interface Bench {
  org: OrgSnapshot;
  users: string[];
  tokens: Principal[];
  /** Pre-generated query stream: user index, action, target. */
  queries: { user: number; action: Action; target: Target }[];
}

const levelsOf = (r: Prng, sections: string[], count: number): Partial<Record<string, Level>> => {
  const out: Partial<Record<string, Level>> = {};
  for (let i = 0; i < count; i++) out[r.pick(sections)] = r.chance(0.5) ? 'manage' : 'read';
  return out;
};

/** One grant of a mixed population: hosting roles, custom levels, a few customer roles. */
const grantAt = (r: Prng, id: string, grantee: Grant['grantee'], scope: Scope): Grant => {
  const flags = {
    ...(r.chance(0.15) ? { requireMfa: true } : {}),
    ...(r.chance(0.1) ? { expiresAt: r.chance(0.3) ? PAST : FUTURE } : {}),
  };
  if ('org' in scope) {
    const x = r.next();
    const role: RoleId | undefined =
      x < 0.03
        ? 'customer_admin'
        : x < 0.08
          ? 'customer_manager'
          : x < 0.12
            ? 'customer_domain'
            : undefined;
    if (role) return { id, grantee, scope, role, ...flags };
    return {
      id,
      grantee,
      scope,
      levels: levelsOf(r, [...ORG_SECTIONS, ...PROJECT_SECTIONS], 3),
      ...flags,
    };
  }
  if ('project' in scope) {
    const x = r.next();
    const role: RoleId | undefined =
      x < 0.08
        ? 'hosting_admin'
        : x < 0.3
          ? 'hosting_web'
          : x < 0.45
            ? 'hosting_mail'
            : x < 0.55
              ? 'hosting_stats'
              : undefined;
    if (role) return { id, grantee, scope, role, ...flags };
    const levels = levelsOf(r, PROJECT_SECTIONS, 1 + r.int(6));
    if (r.chance(0.05)) levels.billing = 'read'; // R12: counts organization-wide
    return { id, grantee, scope, levels, ...flags };
  }
  return { id, grantee, scope, levels: levelsOf(r, SERVER_SECTIONS, 1 + r.int(4)), ...flags };
};

/** ~5 grants per user on distinct scopes (so R2 never replaces one), 20 teams, one token each. */
export const generate = (userCount: number, seed = 42, queryCount = 200_000): Bench => {
  const r = prng(seed + userCount);
  const projects = Array.from({ length: 50 }, (_, i) => `p${i}`);
  const servers = Array.from({ length: 10 }, (_, i) => `s${i}`);
  const users = Array.from({ length: userCount }, (_, i) => `u${i}`);
  const teams: Record<string, string[]> = {};
  for (let t = 0; t < 20; t++) teams[`t${t}`] = [];
  for (const u of users.slice(1)) if (r.chance(0.2)) teams[`t${r.int(20)}`]!.push(u);

  const grants: Grant[] = [];
  const scopes = (): Scope[] => {
    const picked = new Map<string, Scope>();
    while (picked.size < 5) {
      const x = r.next();
      const scope: Scope =
        x < 0.12
          ? { org: true }
          : x < 0.85
            ? { project: r.pick(projects) }
            : { server: r.pick(servers) };
      picked.set(JSON.stringify(scope), scope);
    }
    return [...picked.values()];
  };
  for (const u of users.slice(1)) {
    for (const scope of scopes()) grants.push(grantAt(r, `g${grants.length}`, { user: u }, scope));
  }
  for (const team of Object.keys(teams)) {
    for (const scope of scopes()) grants.push(grantAt(r, `g${grants.length}`, { team }, scope));
  }

  const tokens: Principal[] = users.map((userId) => {
    const cap = r.chance(0.7)
      ? {
          ...(r.chance(0.6)
            ? { levels: levelsOf(r, [...ORG_SECTIONS, ...PROJECT_SECTIONS, ...SERVER_SECTIONS], 8) }
            : {}),
          ...(r.chance(0.4) ? { projects: projects.filter(() => r.chance(0.2)) } : {}),
          ...(r.chance(0.2) ? { readOnly: true } : {}),
        }
      : undefined;
    return {
      kind: 'token',
      userId,
      tokenId: `k-${userId}`,
      mfa: false,
      ...(cap ? { cap } : {}),
      expiresAt: FUTURE,
    };
  });

  const sections = catalog.sections.filter((s) => !s.ownerOnly);
  const queries = Array.from({ length: queryCount }, () => {
    const s = r.pick(sections);
    const target: Target =
      s.scope === 'project'
        ? { section: s.id, project: r.pick(projects) }
        : s.scope === 'server'
          ? { section: s.id, server: r.pick(servers) }
          : s.id === 'members' && r.chance(0.5)
            ? { section: s.id, project: r.pick(projects) }
            : { section: s.id };
    return { user: r.int(userCount), action: r.pick(ACTIONS), target };
  });

  return {
    org: { id: `org-${userCount}`, ownerId: users[0]!, projects, servers, teams, grants },
    users,
    tokens,
    queries,
  };
};
