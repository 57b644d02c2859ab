import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from './database.js';
import { toJson, toNumber } from './json.js';
import { pageOf } from './keyset.js';
import type { Database } from './schema.js';

export interface ServiceRow {
  id: string;
  orgId: string;
  section: string;
  projectId: string | null;
  serverId: string | null;
  name: string;
  details: Record<string, unknown>;
  hasSecret: boolean;
  priceCents: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Which services a listing may show (R15): per section, the places the caller may view —
 * `'all'` when every place of that kind is visible. Decided once per (section, place) by the
 * caller of these functions; SQL only filters.
 */
export interface VisibleSlice {
  sections: string[];
  kind: 'project' | 'server';
  places: string[] | 'all';
}

type Eb = ExpressionBuilder<Database, 'services'>;

const columns = (eb: Eb) =>
  [
    'id',
    'org_id as orgId',
    'section',
    'project_id as projectId',
    'server_id as serverId',
    'name',
    'details',
    eb('secret', 'is not', null).as('hasSecret'),
    'price_cents as priceCents',
    'created_at as createdAt',
    'updated_at as updatedAt',
  ] as const;

type RawRow = Omit<ServiceRow, 'priceCents' | 'hasSecret'> & {
  priceCents: string | number | bigint;
  hasSecret: unknown;
};
const toRow = (r: RawRow): ServiceRow => ({
  ...r,
  hasSecret: r.hasSecret === true || r.hasSecret === 't',
  priceCents: toNumber(r.priceCents),
});

const sliceWhere = (eb: Eb, slices: VisibleSlice[]) =>
  eb.or(
    slices.map((s) => {
      const place = s.kind === 'project' ? 'project_id' : 'server_id';
      const bySection = eb('section', 'in', s.sections);
      return s.places === 'all'
        ? eb.and([bySection, eb(place, 'is not', null)])
        : eb.and([bySection, eb(place, 'in', s.places)]);
    }),
  );

/**
 * One page of an organization's services, ordered by id (keyset pagination). `slices` null =
 * every service (the billing view, R12); `[]` = nothing visible.
 *
 * @example listServices(db, orgId, [{ sections: ['sites'], kind: 'project', places: ['prj_1'] }],
 *   { limit: 50 })
 * // select … from services where org_id = $1 and ((section in ($2) and project_id in ($3)))
 * //   order by id limit 51
 */
export const listServices = async (
  db: Db,
  orgId: string,
  slices: VisibleSlice[] | null,
  page: { limit: number; after?: string | undefined },
): Promise<{ rows: ServiceRow[]; next: string | null }> => {
  if (slices?.length === 0) return { rows: [], next: null };
  let query = db
    .selectFrom('services')
    .select(columns)
    .where('org_id', '=', orgId)
    .orderBy('id')
    .limit(page.limit + 1);
  if (slices) query = query.where((eb) => sliceWhere(eb, slices));
  if (page.after) query = query.where('id', '>', page.after);
  const rows = (await query.execute()).map(toRow);
  return pageOf(rows, page.limit);
};

export const findService = async (
  db: Db,
  orgId: string,
  id: string,
): Promise<ServiceRow | undefined> => {
  const row = await db
    .selectFrom('services')
    .select(columns)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toRow(row);
};

/** The stored secret (R10): only the credentials route and support never read it. */
export const findServiceSecret = async (
  db: Db,
  orgId: string,
  id: string,
): Promise<string | null> => {
  const row = await db
    .selectFrom('services')
    .select('secret')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  const value = row?.secret?.value;
  return typeof value === 'string' ? value : null;
};

export interface NewService {
  id: string;
  orgId: string;
  section: string;
  projectId: string | null;
  serverId: string | null;
  name: string;
  details: Record<string, unknown>;
  secret: string | null;
  priceCents: number;
}

const serviceValues = (s: NewService) => ({
  id: s.id,
  org_id: s.orgId,
  section: s.section,
  project_id: s.projectId,
  server_id: s.serverId,
  name: s.name,
  details: toJson(s.details),
  secret: s.secret === null ? null : toJson({ value: s.secret }),
  price_cents: s.priceCents,
});

export const insertService = async (db: Db, s: NewService): Promise<ServiceRow> => {
  const row = await db
    .insertInto('services')
    .values(serviceValues(s))
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toRow(row);
};

/** Bulk insert for the seed and the benchmark (no checks). */
export const insertServices = async (db: Db, list: NewService[]): Promise<void> => {
  for (let i = 0; i < list.length; i += 500) {
    await db
      .insertInto('services')
      .values(list.slice(i, i + 500).map(serviceValues))
      .execute();
  }
};

export const updateService = async (
  db: Db,
  orgId: string,
  id: string,
  change: {
    name?: string | undefined;
    details?: Record<string, unknown> | undefined;
    secret?: string | null | undefined;
  },
  at: Date,
): Promise<ServiceRow | undefined> => {
  const row = await db
    .updateTable('services')
    .set({
      updated_at: at,
      ...(change.name === undefined ? {} : { name: change.name }),
      ...(change.details === undefined ? {} : { details: toJson(change.details) }),
      ...(change.secret === undefined
        ? {}
        : { secret: change.secret === null ? null : toJson({ value: change.secret }) }),
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirst();
  return row && toRow(row);
};

export const deleteService = async (db: Db, orgId: string, id: string): Promise<boolean> => {
  const result = await db
    .deleteFrom('services')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
};

/** Finds a service of one section and place by name (renewing a domain by its name). */
export const findServiceByName = async (
  db: Db,
  orgId: string,
  where: { section: string; projectId: string; name: string },
): Promise<ServiceRow | undefined> => {
  const row = await db
    .selectFrom('services')
    .select(columns)
    .where('org_id', '=', orgId)
    .where('section', '=', where.section)
    .where('project_id', '=', where.projectId)
    .where(sql<string>`lower(name)`, '=', where.name.toLowerCase())
    .executeTakeFirst();
  return row && toRow(row);
};
