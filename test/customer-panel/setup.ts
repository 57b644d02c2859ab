import type { BodyOf } from '@mandate/sdk';
import {
  addFunds,
  apiLog,
  password,
  sdk,
  signUpUser,
  type TestUser,
  uniqueEmail,
} from '../fixtures.js';

// Organizations built through the API (fast), for flows that test what comes after the
// invitation: the main flow itself goes through the panel's pages.

export interface Acme {
  owner: TestUser;
  org: { id: string; name: string };
  alpha: { id: string; name: string };
  beta: { id: string; name: string };
  /** Service ids by name: alpha-db (in Alpha), beta-db (in Beta). */
  services: Record<string, string>;
}

/** An owner, an organization with two projects and one database each (passwords `pw-<name>`). */
export async function acme(name = 'Acme', locale: 'en' | 'fr' = 'en'): Promise<Acme> {
  const owner = await signUpUser('Olga Owner', locale);
  const api = owner.client;
  const org = await api.unwrap(api.POST('/v1/orgs', { body: { name } }));
  const path = { params: { path: { org: org.id } } };
  const alpha = await api.unwrap(
    api.POST('/v1/orgs/{org}/projects', { ...path, body: { name: 'Alpha' } }),
  );
  const beta = await api.unwrap(
    api.POST('/v1/orgs/{org}/projects', { ...path, body: { name: 'Beta' } }),
  );
  // Databases cost 5 EUR each (R11).
  await addFunds(api, org.id, 100_00);
  const services: Record<string, string> = {};
  for (const [project, service] of [
    [alpha.id, 'alpha-db'],
    [beta.id, 'beta-db'],
  ] as const) {
    const created = await api.unwrap(
      api.POST('/v1/orgs/{org}/services', {
        ...path,
        body: { section: 'databases', project, name: service, secret: `pw-${service}` },
      }),
    );
    services[service] = created.id;
  }
  return { owner, org, alpha, beta, services };
}

/** The invitation link the API printed for an e-mail (R33: the link goes out by e-mail). */
export async function invitationLink(email: string, after = 0): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const log = apiLog().slice(after);
    const line = log.split('\n').find((l) => l.includes(email) && /\/invite\/[\w-]+/.test(l));
    const token = line?.match(/\/invite\/([\w-]+)/)?.[1];
    if (token) return `/invite/${token}`;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no invitation link for ${email} in the API log`);
}

type GrantTerms = BodyOf<'/v1/orgs/{org}/invitations', 'post'>['grants'][number];

/** A second user, invited with one grant, who signed up from the link (R33). */
export async function member(a: Acme, grant: GrantTerms, name = 'Ivan Invitee') {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'));
  const logStart = apiLog().length;
  await a.owner.client.unwrap(
    a.owner.client.POST('/v1/orgs/{org}/invitations', {
      params: { path: { org: a.org.id } },
      body: { email, grants: [grant] },
    }),
  );
  const invitation = (await invitationLink(email, logStart)).replace('/invite/', '');
  const anon = sdk();
  const session = await anon.unwrap(
    anon.POST('/v1/auth/signup', { body: { email, password, name, locale: 'en', invitation } }),
  );
  const user: TestUser = {
    id: session.userId,
    email,
    name,
    token: session.sessionToken,
    client: sdk(session.sessionToken),
  };
  return { user };
}
