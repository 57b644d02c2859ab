import { insertApproval } from '../db/approvals.js';
import { bumpAuthzVersion } from '../db/authz-version.js';
import { insertInvoice, setBalance } from '../db/billing.js';
import type { Db } from '../db/database.js';
import { insertGrant } from '../db/grants.js';
import { ensureMembership } from '../db/members.js';
import { insertOrganization } from '../db/organizations.js';
import { recordPayment } from '../db/payments.js';
import { insertProject } from '../db/projects.js';
import { insertServer } from '../db/servers.js';
import { insertServices, type NewService } from '../db/services.js';
import { insertSupportAgent } from '../db/support-agents.js';
import { addTeamMember, insertTeam } from '../db/teams.js';
import { insertToken } from '../db/tokens.js';
import { insertUser } from '../db/users.js';
import { hashPassword } from '../lib/auth/password.js';
import { sha256 } from '../lib/auth/secrets.js';
import { currentTotp } from '../lib/auth/totp.js';
import { createPrice } from '../lib/billing/prices.js';
import { newId } from '../lib/ids.js';

/**
 * The demo organization "Acme Hosting" for `pnpm start` (MANDATE_SEED=demo): demo data only,
 * with fixed, public passwords and TOTP secrets — never seed it into a real deployment.
 */
const AGENT_TOTP_SECRET = 'MANDATEDEMOSUPPORTAGENTTOTPKEYAA';
const DBA_TOTP_SECRET = 'MANDATEDEMODBAREADERTOTPKEYAAAAA';
/** A fixed API token of the customer admin, so SDK examples work right after `pnpm start`. */
const DEMO_TOKEN = `mnd_demoacme0001${'acmehostingdemotokenforthesdk000'}`;

const otpauth = (label: string, secret: string) =>
  `otpauth://totp/Mandate:${encodeURIComponent(label)}?issuer=Mandate&secret=${secret}&algorithm=SHA1&digits=6&period=30`;

interface DemoUser {
  key: string;
  role: string;
  email: string;
  name: string;
  password: string;
  note?: string;
  totpSecret?: string;
}

const users: DemoUser[] = [
  {
    key: 'owner',
    role: 'Owner',
    email: 'owner@acme.test',
    name: 'Olivia Owner',
    password: 'demo-owner-1',
  },
  {
    key: 'admin',
    role: 'Customer admin',
    email: 'admin@acme.test',
    name: 'Adam Admin',
    password: 'demo-admin-1',
    note: `API token: ${DEMO_TOKEN}`,
  },
  {
    key: 'web',
    role: 'Hosting web (project www)',
    email: 'web@acme.test',
    name: 'Wendy Web',
    password: 'demo-web-1',
  },
  {
    key: 'dba',
    role: 'Read-only databases, MFA',
    email: 'dba@acme.test',
    name: 'Dan Reader',
    password: 'demo-dba-1',
    totpSecret: DBA_TOTP_SECRET,
    note: `requireMfa grant — TOTP secret ${DBA_TOTP_SECRET} (${otpauth('dba@acme.test', DBA_TOTP_SECRET)})`,
  },
  {
    key: 'billing',
    role: 'Billing manager',
    email: 'billing@acme.test',
    name: 'Bill Payer',
    password: 'demo-billing-1',
  },
  {
    key: 'ops',
    role: 'Team "Operations" (server)',
    email: 'ops@acme.test',
    name: 'Oscar Ops',
    password: 'demo-ops-1',
  },
];

const agent = {
  email: 'agent@support.mandate.test',
  name: 'Sam Support',
  password: 'demo-support-1',
};

/** Who `pnpm start` prints: every demo customer and the support agent. */
export const demoLogins: { role: string; email: string; password: string; note?: string }[] = [
  ...users.map((u) => ({
    role: u.role,
    email: u.email,
    password: u.password,
    ...(u.note ? { note: u.note } : {}),
  })),
  {
    role: 'Support agent (console)',
    email: agent.email,
    password: agent.password,
    note: `TOTP secret ${AGENT_TOTP_SECRET} — add to an authenticator: ${otpauth(agent.email, AGENT_TOTP_SECRET)}`,
  },
];

/** The support agent's TOTP code right now (the start script prints it). */
export const demoAgentCode = (now: Date = new Date()): string =>
  currentTotp(AGENT_TOTP_SECRET, now);

/** True when the database holds no user yet (the seed runs only then). */
export const isEmpty = async (db: Db): Promise<boolean> =>
  (await db.selectFrom('users').select('id').limit(1).execute()).length === 0;

/**
 * Seeds "Acme Hosting": an owner; members with each kind of grant (customer admin, hosting web
 * on one project, read-only databases with requireMfa, billing manager, a team with a server
 * grant); a token; 3 projects and 1 server; services in several sections (with secrets in `cred`
 * sections); a balance with invoices; a pending support approval; a support agent.
 *
 * @example const db = createDatabase({ kind: 'pglite' }); await migrateToLatest(db);
 *   if (await isEmpty(db)) await seedDemo(db);
 */
export const seedDemo = async (db: Db): Promise<{ orgId: string }> => {
  const hashes = await Promise.all(users.map((u) => hashPassword(u.password)));
  const agentHash = await hashPassword(agent.password);
  const orgId = newId('org');
  await db.transaction().execute(async (trx) => {
    const ids: Record<string, string> = {};
    for (const [i, u] of users.entries()) {
      ids[u.key] = newId('usr');
      await insertUser(trx, {
        id: ids[u.key] as string,
        email: u.email,
        name: u.name,
        locale: 'en',
        passwordHash: hashes[i] as string,
      });
      if (u.totpSecret) {
        await trx
          .updateTable('users')
          .set({ totp_secret: u.totpSecret, mfa_enabled: true })
          .where('id', '=', ids[u.key] as string)
          .execute();
      }
    }
    const id = (key: string) => ids[key] as string;
    await insertOrganization(trx, { id: orgId, ownerId: id('owner'), name: 'Acme Hosting' });
    const server = await insertServer(trx, { id: newId('srv'), orgId, name: 'dedi-paris-1' });
    const project = async (name: string, serverId: string | null = null) =>
      (await insertProject(trx, { id: newId('prj'), orgId, serverId, name })).id;
    const www = await project('www');
    const shop = await project('shop');
    const internal = await project('internal', server.id);

    const grant = async (
      grantee: { user: string } | { team: string },
      g: {
        scope?: { org: true } | { project: string } | { server: string };
        role?: string;
        levels?: Record<string, 'read' | 'manage'>;
        requireMfa?: boolean;
        note?: string;
      },
    ) => {
      if ('user' in grantee) await ensureMembership(trx, orgId, grantee.user);
      await insertGrant(trx, {
        id: newId('grt'),
        orgId,
        grantee,
        createdBy: id('owner'),
        scope: g.scope ?? { org: true },
        role: g.role ?? null,
        levels: g.levels ?? null,
        requireMfa: g.requireMfa ?? false,
        expiresAt: null,
        note: g.note ?? null,
      });
    };
    await grant({ user: id('admin') }, { role: 'customer_admin', note: 'CTO' });
    await grant(
      { user: id('web') },
      { scope: { project: www }, role: 'hosting_web', note: 'agency' },
    );
    await grant(
      { user: id('dba') },
      { levels: { databases: 'read' }, requireMfa: true, note: 'read-only DBA' },
    );
    await grant({ user: id('billing') }, { levels: { billing: 'manage' }, note: 'accounting' });
    const team = newId('tem');
    await insertTeam(trx, { id: team, orgId, name: 'Operations' });
    await addTeamMember(trx, team, id('ops'));
    await ensureMembership(trx, orgId, id('ops'));
    await grant(
      { team },
      {
        scope: { server: server.id },
        levels: {
          firewall: 'manage',
          server_consumption: 'read',
          server_technical_contact: 'read',
        },
      },
    );
    await grant({ team }, { scope: { project: internal }, levels: { technical_contact: 'read' } });

    const prefix = DEMO_TOKEN.slice(0, 16);
    await insertToken(trx, {
      id: newId('tok'),
      prefix,
      secretHash: sha256(DEMO_TOKEN),
      userId: id('admin'),
      orgId,
      name: 'CI deploy (demo)',
      cap: null,
      issuedWithMfa: false,
      expiresAt: new Date(Date.now() + 365 * 86_400_000),
    });

    const svc = (
      section: string,
      place: { project: string } | { server: string },
      name: string,
      details: Record<string, unknown> = {},
      secret: string | null = null,
    ): NewService => ({
      id: newId('svc'),
      orgId,
      section,
      projectId: 'project' in place ? place.project : null,
      serverId: 'server' in place ? place.server : null,
      name,
      details,
      secret,
      priceCents: createPrice(section),
    });
    const services = [
      svc('sites', { project: www }, 'www.acme.test', { runtime: 'php 8.3' }),
      svc('domains', { project: www }, 'acme.test', { expiresAt: '2026-11-30T00:00:00.000Z' }),
      svc('emails', { project: www }, 'contact@acme.test', {}, 'mail-Pa55word!'),
      svc('ftp', { project: www }, 'deploy', {}, 'ftp-s3cret'),
      svc('databases', { project: shop }, 'orders-db', { engine: 'postgresql 16' }, 'db-0rders-pw'),
      svc('databases', { project: shop }, 'analytics-db', { engine: 'mysql 8' }, 'db-analytics-pw'),
      svc('sites', { project: shop }, 'shop.acme.test', { runtime: 'node 20' }),
      svc(
        'ssl_certificates',
        { project: shop },
        'shop.acme.test',
        { issuer: "Let's Encrypt" },
        '-----BEGIN PRIVATE KEY----- demo',
      ),
      svc(
        'servers',
        { project: internal },
        'build-runner',
        { size: '2 vCPU / 4 GB' },
        'root-pw-demo',
      ),
      svc('ssh_keys', { project: internal }, 'ci@acme', {}, 'ssh-ed25519 AAAAC3Nz…demo'),
      svc('firewall', { server: server.id }, 'ssh from office only', { port: 22 }),
      svc('database_users', { server: server.id }, 'backup_reader', {}, 'backup-pw-demo'),
    ];
    await insertServices(trx, services);
    await setBalance(trx, orgId, { balanceCents: 0, creditLimitCents: 5_000 });
    await recordPayment(trx, {
      id: newId('pay'),
      orgId,
      amountCents: 25_000,
      paidBy: id('owner'),
      paidAt: new Date(Date.now() - 31 * 86_400_000),
    });
    for (const [i, s] of services
      .filter((x) => x.priceCents > 0)
      .slice(0, 4)
      .entries()) {
      await insertInvoice(trx, {
        id: newId('ivc'),
        orgId,
        number: `INV-2025-${String(i + 1).padStart(4, '0')}`,
        serviceId: s.id,
        description: `${s.section}: ${s.name}`,
        amountCents: s.priceCents,
        issuedAt: new Date(Date.now() - (30 - i) * 86_400_000),
      });
    }

    const agentId = newId('agt');
    await insertSupportAgent(trx, {
      id: agentId,
      email: agent.email,
      name: agent.name,
      passwordHash: agentHash,
      totpSecret: AGENT_TOTP_SECRET,
    });
    const orders = services[4] as NewService;
    await insertApproval(trx, {
      id: newId('apr'),
      orgId,
      requesterId: id('dba'),
      agentId,
      target: { section: 'databases', project: shop },
      serviceId: orders.id,
      action: 'update',
      reason: 'Dan asked support to raise the connection limit of orders-db.',
      expiresAt: new Date(Date.now() + 24 * 3_600_000),
    });
    await bumpAuthzVersion(trx, orgId);
  });
  return { orgId };
};
