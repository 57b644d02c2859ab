import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiConfig } from '../app.js';
import { setBalance } from '../db/billing.js';
import { createSupportAgent } from '../lib/auth/support-agent.js';
import { currentTotp } from '../lib/auth/totp.js';
import { newId } from '../lib/ids.js';
import { bearer, createHarness, type Harness, type Headers, uniqueEmail } from './harness.js';

/**
 * Every route of the OpenAPI document, fed bad input (malformed JSON, wrong types, huge strings,
 * unknown sections, garbage and foreign ids): never a 5xx, always problem+json. Then the
 * cross-organization sweep: a member of another organization gets 404 on every org-scoped route.
 */
type Schema = Record<string, unknown>;
type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

let h: Harness;
let doc: {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};
let agentSecret: string;
let agentEmail: string;

const resolve = (s: Schema | undefined): Schema => {
  if (!s) return {};
  const ref = s.$ref;
  if (typeof ref === 'string')
    return resolve(doc.components?.schemas?.[ref.split('/').pop() ?? '']);
  if (Array.isArray(s.allOf)) return Object.assign({}, ...(s.allOf as Schema[]).map(resolve));
  if (Array.isArray(s.anyOf)) return resolve((s.anyOf as Schema[]).find((x) => x.type !== 'null'));
  if (Array.isArray(s.oneOf)) return resolve((s.oneOf as Schema[])[0]);
  return s;
};

/** A plausible value for a schema: valid ids for patterns, first enum, required properties. */
const sample = (raw: Schema | undefined, ids: Record<string, string>): unknown => {
  const s = resolve(raw);
  if (Array.isArray(s.enum)) return s.enum[0];
  if ('const' in s) return s.const;
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : s.type;
  if (type === 'object' || s.properties) {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    const out: Record<string, unknown> = {};
    for (const key of (s.required ?? []) as string[]) out[key] = sample(props[key], ids);
    return out;
  }
  if (type === 'array') return s.minItems ? [sample(s.items as Schema, ids)] : [];
  if (type === 'integer' || type === 'number') return (s.minimum as number | undefined) ?? 1;
  if (type === 'boolean') return false;
  if (s.format === 'email') return uniqueEmail('sweep');
  if (s.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
  const prefix = typeof s.pattern === 'string' ? /\^(\w{3})_/.exec(s.pattern)?.[1] : undefined;
  if (prefix) return ids[prefix] ?? `${prefix}_${'a'.repeat(prefix === 'mni' ? 40 : 10)}`;
  return 'x'.repeat(Math.max(1, (s.minLength as number | undefined) ?? 1));
};

/** The same shape with every leaf of the wrong type. */
const wrongTypes = (raw: Schema | undefined): unknown => {
  const s = resolve(raw);
  if (s.type === 'object' || s.properties) {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    return Object.fromEntries(Object.keys(props).map((k) => [k, wrongTypes(props[k])]));
  }
  if (s.type === 'string' || s.enum) return 12345;
  if (s.type === 'array') return { not: 'an array' };
  return 'not-a-number';
};

const huge = (raw: Schema | undefined, ids: Record<string, string>): unknown => {
  const base = sample(raw, ids);
  const s = resolve(raw);
  const props = (s.properties ?? {}) as Record<string, Schema>;
  if (base && typeof base === 'object' && !Array.isArray(base)) {
    return Object.fromEntries(Object.keys(props).map((k) => [k, 'x'.repeat(200_000)]));
  }
  return 'x'.repeat(200_000);
};

const withSection = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withSection);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'section' ? 'no_such_section' : withSection(v),
      ]),
    );
  }
  return value;
};

interface Fixture {
  ids: Record<string, string>;
  owner: { headers: Headers };
  token: Headers;
  agent: Headers;
}

/** A fresh organization with one of everything, so destructive routes cannot spoil others. */
const fixture = async (): Promise<Fixture> => {
  const owner = await h.signUp();
  const org = await h.createOrg(owner);
  const project = await h.createProject(owner, org.id);
  const server = await h.createServer(owner, org.id);
  await setBalance(h.db, org.id, { balanceCents: 100_000 });
  const svc = await h.expectOk<{ id: string }>(
    'POST',
    `/v1/orgs/${org.id}/services`,
    owner.headers,
    {
      section: 'databases',
      project: project.id,
      name: 'db',
      secret: 'pw',
    },
  );
  const member = await h.signUp();
  const grant = await h.addGrant(org.id, {
    grantee: { user: member.id },
    levels: { databases: 'read' },
  });
  const team = await h.expectOk<{ id: string }>('POST', `/v1/orgs/${org.id}/teams`, owner.headers, {
    name: 'ops',
  });
  const token = await h.issueToken(owner, org.id);
  const approval = newId('apr');
  await h.db
    .insertInto('approvals')
    .values({
      id: approval,
      org_id: org.id,
      requester_id: member.id,
      section: 'databases',
      project_id: project.id,
      action: 'update',
      expires_at: new Date(Date.now() + 86_400_000),
    })
    .execute();
  const session = await h.expectOk<{ sessionToken: string }>(
    'POST',
    '/v1/support/auth/signin',
    {},
    {
      email: agentEmail,
      password: 'staff pw 1',
      code: currentTotp(agentSecret),
    },
  );
  return {
    ids: {
      org: org.id,
      prj: project.id,
      srv: server.id,
      svc: svc.id,
      usr: member.id,
      grt: grant,
      tem: team.id,
      tok: token.id,
      apr: approval,
    },
    owner,
    token: token.headers,
    agent: bearer(session.sessionToken),
  };
};

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );

const fill = (
  path: string,
  op: Operation,
  ids: Record<string, string>,
  override?: (name: string) => string,
) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (override) return encodeURIComponent(override(name));
    const param = op.parameters?.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(sample(param?.schema, ids)));
  });

const query = (op: Operation, ids: Record<string, string>, value?: (s: Schema) => unknown) => {
  const q = new URLSearchParams();
  for (const p of op.parameters ?? []) {
    if (p.in !== 'query') continue;
    if (!p.required && !value) continue;
    q.set(p.name, String(value ? value(p.schema) : sample(p.schema, ids)));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
};

const bodySchema = (op: Operation) => op.requestBody?.content['application/json']?.schema;

const expectProblem = async (label: string, res: Response) => {
  expect(res.status, `${label} → ${res.status}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), label).toContain('application/problem+json');
    const body = (await res.json()) as { code?: unknown; status?: unknown };
    expect(typeof body.code, label).toBe('string');
    expect(body.status, label).toBe(res.status);
  } else {
    await res.arrayBuffer();
  }
};

beforeAll(async () => {
  h = await createHarness();
  doc = h.app.getOpenAPI31Document(openApiConfig) as unknown as typeof doc;
  agentEmail = uniqueEmail('sweep-agent');
  agentSecret = (
    await createSupportAgent(h.db, { email: agentEmail, name: 'Sweep', password: 'staff pw 1' })
  ).totpSecret;
});
afterAll(() => h.close());

describe('bad-input sweep over every route of the OpenAPI document', () => {
  it('never answers 5xx; every error is problem+json', async () => {
    const foreign = await fixture();
    const ops = operations();
    expect(ops.length).toBeGreaterThan(60);
    const shared = await fixture();
    for (const { path, method, op } of ops) {
      // Reads share one organization; anything that may change state gets its own.
      const f = method === 'GET' ? shared : await fixture();
      const headers = path.startsWith('/v1/support/') ? f.agent : f.owner.headers;
      const schema = bodySchema(op);
      const send = async (label: string, url: string, body?: unknown, h2: Headers = headers) => {
        const res = await h.request(method, url, h2, body);
        await expectProblem(`${method} ${path} [${label}]`, res);
      };
      const url = `${fill(path, op, f.ids)}${query(op, f.ids)}`;
      if (schema) {
        await send('malformed json', url, '{"a":');
        await send('empty body', url, '');
        await send('not an object', url, '[1,2,3]');
        await send('wrong types', url, wrongTypes(schema));
        await send('huge strings', url, huge(schema, f.ids));
        await send('unknown section', url, withSection(sample(schema, f.ids)));
      }
      await send(
        'huge query',
        `${fill(path, op, f.ids)}${query(op, f.ids, () => 'x'.repeat(20_000))}`,
        schema ? sample(schema, f.ids) : undefined,
      );
      await send(
        'wrong query types',
        `${fill(path, op, f.ids)}${query(op, f.ids, () => '{"$ne":1}')}`,
        schema ? sample(schema, f.ids) : undefined,
      );
      await send(
        'unknown section in query',
        `${fill(path, op, f.ids)}${query(op, f.ids, () => 'no_such_section')}`,
        schema ? sample(schema, f.ids) : undefined,
      );
      if (path.includes('{')) {
        await send(
          'garbage ids',
          fill(path, op, f.ids, () => "x'; drop table users; --"),
          schema ? sample(schema, f.ids) : undefined,
        );
        await send(
          'long ids',
          fill(path, op, f.ids, (n) => `${n}_${'a'.repeat(5000)}`),
          schema ? sample(schema, f.ids) : undefined,
        );
        await send(
          'foreign ids',
          `${fill(path, op, foreign.ids)}${query(op, foreign.ids)}`,
          schema ? sample(schema, foreign.ids) : undefined,
        );
      }
    }
  }, 600_000);
});

/** Bodies the generic sample cannot make valid (cross-field refinements). */
const validBodies: Record<string, (ids: Record<string, string>) => unknown> = {
  'POST /v1/orgs/{org}/grants:preview': (ids) => ({
    grantee: { user: ids.usr },
    scope: { project: ids.prj },
    levels: { sites: 'read' },
  }),
  'POST /v1/orgs/{org}/services': (ids) => ({ section: 'sites', project: ids.prj, name: 'x' }),
  'PATCH /v1/orgs/{org}/services/{id}': () => ({ name: 'x' }),
};

describe('cross-organization 404 sweep (R15)', () => {
  it('a member of another organization gets 404 on every org-scoped customer route', async () => {
    const victim = await fixture();
    const stranger = await fixture();
    const failures: string[] = [];
    let checked = 0;
    for (const { path, method, op } of operations()) {
      if (!path.includes('{org}') || path.startsWith('/v1/support/')) continue;
      checked += 1;
      const url = `${fill(path, op, victim.ids)}${query(op, victim.ids)}`;
      const schema = bodySchema(op);
      const body =
        validBodies[`${method} ${path}`]?.(victim.ids) ??
        (schema ? sample(schema, victim.ids) : undefined);
      for (const [who, headers] of [
        ['session', stranger.owner.headers],
        ['token', stranger.token],
      ] as const) {
        const res = await h.request(method, url, headers, body);
        const problem = (await res.json().catch(() => ({}))) as { code?: string };
        // A token on a session-only route is refused before any organization is looked at.
        const ok = res.status === 404 || (who === 'token' && problem.code === 'session_required');
        if (!ok) failures.push(`${method} ${path} (${who}) → ${res.status} ${problem.code ?? ''}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  }, 300_000);
});
