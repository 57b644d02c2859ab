import { AbilityBuilder, createMongoAbility, type MongoAbility, subject } from '@casl/ability';
import type { Grant, Level, OrgSnapshot, Target } from '../src/index.js';
import { catalog } from '../src/index.js';

/**
 * The same grants as CASL abilities, one cached per user, with equivalent semantics for what the
 * query stream asks (no purchase): read → view, view_credentials; manage → also create, update,
 * delete; R6 related sections; R12 billing everywhere; grants at a project or server become a
 * `{ project }` / `{ server }` condition. Expiry (R8) and MFA (R7, sessions without a second factor)
 * are resolved when the ability is built, since CASL has no clock or session.
 */
const READ = ['view', 'view_credentials'];
const MANAGE = [...READ, 'create', 'update', 'delete'];
const related = new Map(catalog.sections.map((s) => [s.id, s.related]));
const roleLevels = new Map(catalog.roles.map((r) => [r.id, r.levels]));

const levelsOf = (g: Grant): Record<string, Level> => {
  const named = (g.role ? roleLevels.get(g.role) : g.levels) ?? {};
  const out: Record<string, Level> = { ...(named as Record<string, Level>) };
  for (const [id, level] of Object.entries(named)) {
    for (const r of related.get(id) ?? [])
      if (level === 'manage' || !out[r] || out[r] === 'none') out[r] = level as Level;
  }
  return out;
};

export const buildAbilities = (org: OrgSnapshot, now: Date): Map<string, MongoAbility> => {
  const byUser = new Map<string, Grant[]>();
  const add = (u: string, g: Grant) => {
    const list = byUser.get(u);
    if (list) list.push(g);
    else byUser.set(u, [g]);
  };
  for (const g of org.grants) {
    if (g.requireMfa || (g.expiresAt && Date.parse(g.expiresAt) <= now.getTime())) continue;
    if ('user' in g.grantee) add(g.grantee.user, g);
    else for (const u of org.teams[g.grantee.team] ?? []) add(u, g);
  }
  const abilities = new Map<string, MongoAbility>();
  const owner = new AbilityBuilder(createMongoAbility);
  owner.can(MANAGE, 'all');
  abilities.set(org.ownerId, owner.build());
  for (const [user, grants] of byUser) {
    if (user === org.ownerId) continue;
    const { can, build } = new AbilityBuilder(createMongoAbility);
    for (const g of grants) {
      for (const [section, level] of Object.entries(levelsOf(g))) {
        if (level === 'none') continue;
        const actions = level === 'manage' ? MANAGE : READ;
        if ('org' in g.scope || section === 'billing') can(actions, section);
        else if ('project' in g.scope) can(actions, section, { project: g.scope.project });
        else can(actions, section, { server: g.scope.server });
      }
    }
    abilities.set(user, build());
  }
  return abilities;
};

/** CASL subjects for the query stream, built once so the check itself allocates nothing. */
export const caslSubject = (t: Target) => {
  const info = catalog.sections.find((s) => s.id === t.section);
  const fields =
    info?.scope === 'project' || (t.section === 'members' && t.project !== undefined)
      ? { project: t.project }
      : info?.scope === 'server'
        ? { server: t.server }
        : {};
  return subject(t.section, fields);
};

const none = createMongoAbility();
export const abilityOf = (abilities: Map<string, MongoAbility>, user: string) =>
  abilities.get(user) ?? none;
