import fc from 'fast-check';
import { catalog } from '../catalog.js';
import type {
  Action,
  Grant,
  Level,
  OrgSnapshot,
  Principal,
  RoleId,
  Scope,
  Target,
} from '../types.js';
import { FUTURE, NOW, OWNER, PAST } from './org.js';

export const PROJECTS = ['p0', 'p1', 'p2'];
export const SERVERS = ['s0', 's1'];
export const USERS = [OWNER, 'u0', 'u1', 'u2', 'u3'];
export const TEAMS = ['t0', 't1'];

const sectionsOf = (scope: 'org' | 'project' | 'server') =>
  catalog.sections.filter((s) => !s.ownerOnly && s.scope === scope).map((s) => s.id);
const grantable = {
  org: catalog.sections.filter((s) => !s.ownerOnly).map((s) => s.id),
  project: [...sectionsOf('project'), 'members', 'billing'],
  server: [...sectionsOf('server'), 'billing'],
};
const rolesOf = {
  org: catalog.roles.filter((r) => r.scope === 'org').map((r) => r.id),
  project: catalog.roles.filter((r) => r.scope === 'project').map((r) => r.id),
  server: [] as RoleId[],
};

export const level = fc.constantFrom<Level>('none', 'read', 'manage');
const expiry = fc.constantFrom<string | undefined>(undefined, undefined, undefined, PAST, FUTURE);

const levelsFor = (ids: string[]) =>
  fc.dictionary(fc.constantFrom(...ids), level, { maxKeys: 6 }) as fc.Arbitrary<
    Partial<Record<string, Level>>
  >;

export const scope: fc.Arbitrary<Scope> = fc.oneof(
  fc.constant({ org: true as const }),
  fc.constantFrom(...PROJECTS).map((project) => ({ project })),
  fc.constantFrom(...SERVERS).map((server) => ({ server })),
);
const kindOf = (s: Scope) => ('project' in s ? 'project' : 'server' in s ? 'server' : 'org');

/** A well-formed grant: a role of the right scope kind, or levels of the right scope kind. */
export const grant = (id: fc.Arbitrary<string>): fc.Arbitrary<Grant> =>
  fc
    .record({
      id,
      grantee: fc.oneof(
        fc.constantFrom(...USERS.slice(1)).map((user) => ({ user })),
        fc.constantFrom(...TEAMS).map((team) => ({ team })),
      ),
      scope,
      requireMfa: fc.boolean(),
      expiresAt: expiry,
      useRole: fc.boolean(),
      seed: fc.nat(),
    })
    .chain(({ useRole, seed, expiresAt, ...rest }) => {
      const kind = kindOf(rest.scope);
      const roles = rolesOf[kind];
      const what: fc.Arbitrary<Pick<Grant, 'role' | 'levels'>> =
        useRole && roles.length > 0
          ? fc.constant({ role: roles[seed % roles.length]! })
          : levelsFor(grantable[kind]).map((levels) => ({ levels }));
      return what.map((w) => ({ ...rest, ...w, ...(expiresAt ? { expiresAt } : {}) }));
    });

export const grants = (max = 12): fc.Arbitrary<Grant[]> =>
  fc
    .array(grant(fc.constant('')), { maxLength: max })
    .map((gs) => gs.map((x, i) => ({ ...x, id: `g${i}` })));

export const teams = fc.record({
  t0: fc.subarray(USERS),
  t1: fc.subarray(USERS.slice(1)),
});

export const snapshot: fc.Arbitrary<OrgSnapshot> = fc.record({
  id: fc.constant('org'),
  ownerId: fc.constant(OWNER),
  projects: fc.constant(PROJECTS),
  servers: fc.constant(SERVERS),
  teams,
  grants: grants(),
});

export const cap = fc.option(
  fc.record(
    {
      levels: levelsFor(catalog.sections.map((s) => s.id)),
      projects: fc.subarray(PROJECTS),
      readOnly: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

export const userPrincipal = fc.record({
  kind: fc.constant('user' as const),
  userId: fc.constantFrom(...USERS, 'stranger'),
  mfa: fc.boolean(),
});

export const tokenPrincipal = fc
  .record({ userId: fc.constantFrom(...USERS), mfa: fc.boolean(), cap, expiresAt: expiry })
  .map(
    ({ cap: c, expiresAt, ...rest }): Principal => ({
      kind: 'token',
      tokenId: 'tok',
      ...rest,
      ...(c ? { cap: c } : {}),
      ...(expiresAt ? { expiresAt } : {}),
    }),
  );

export const principal: fc.Arbitrary<Principal> = fc.oneof(userPrincipal, tokenPrincipal);

export const action = fc.constantFrom<Action>(...catalog.actions);

/** Every valid target of the fixed organization, plus a few unknown ones. */
export const allTargets: Target[] = [
  ...catalog.sections.flatMap((s): Target[] => {
    if (s.scope === 'project') return PROJECTS.map((project) => ({ section: s.id, project }));
    if (s.scope === 'server') return SERVERS.map((server) => ({ section: s.id, server }));
    return s.id === 'members'
      ? [{ section: s.id }, ...PROJECTS.map((project) => ({ section: s.id, project }))]
      : [{ section: s.id }];
  }),
];
export const target = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...allTargets) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Target>(
      { section: 'nope' },
      { section: 'sites', project: 'px' },
      { section: 'smtp' },
    ),
  },
);

export { NOW };
