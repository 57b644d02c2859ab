import { catalog, reasonLabel } from '@mandate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FailureLimiter } from '../../../apps/api/src/lib/auth/rate-limit.js';
import { isMandateError, MandateError } from './errors.js';
import { startApi, type TestApi } from './test/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

describe('typed client against the real API', () => {
  it('signs up, creates an organization and a project, reads them back', async () => {
    const owner = await api.signUp('Ada');
    const { mandate } = owner;
    const me = await mandate.unwrap(mandate.GET('/v1/me'));
    expect(me).toMatchObject({ id: owner.id, email: owner.email, name: 'Ada' });

    const org = await mandate.unwrap(mandate.POST('/v1/orgs', { body: { name: 'Acme' } }));
    expect(org).toMatchObject({ name: 'Acme', ownerId: owner.id, isOwner: true });

    const path = { org: org.id };
    const project = await mandate.unwrap(
      mandate.POST('/v1/orgs/{org}/projects', { params: { path }, body: { name: 'www' } }),
    );
    const { projects } = await mandate.unwrap(
      mandate.GET('/v1/orgs/{org}/projects', { params: { path } }),
    );
    expect(projects.map((p) => p.id)).toEqual([project.id]);
  });

  it('answers { data, error, response } without throwing on the raw methods', async () => {
    const { mandate } = await api.signUp();
    const result = await mandate.GET('/v1/orgs/{org}', {
      params: { path: { org: 'org_doesnotexist0000000' } },
    });
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(404);
    expect(result.error?.code).toBe('not_found');
  });

  it('takes the token from a function at each request', async () => {
    const owner = await api.signUp();
    let current: string | undefined;
    const mandate = api.client({ token: () => current });
    expect((await mandate.GET('/v1/me')).response.status).toBe(401);
    current = owner.sessionToken;
    expect((await mandate.GET('/v1/me')).data?.id).toBe(owner.id);
  });

  it('withToken() switches the credential, keeps the rest', async () => {
    const a = await api.signUp();
    const b = await api.signUp();
    const asB = a.mandate.withToken(b.sessionToken);
    expect((await asB.unwrap(asB.GET('/v1/me'))).id).toBe(b.id);
  });
});

/** Runs a call that must fail and returns its MandateError. */
const failure = async (call: Promise<unknown>): Promise<MandateError> => {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof MandateError)) throw new Error(`expected a MandateError, got ${error}`);
  return error;
};

describe('problem+json → MandateError', () => {
  it('400: code validation_failed with field errors', async () => {
    const { mandate } = await api.signUp();
    const error = await failure(mandate.unwrap(mandate.POST('/v1/orgs', { body: { name: '  ' } })));
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(error.errors).toEqual([expect.objectContaining({ path: 'body.name' })]);
    expect(error.requestId).toBeTruthy();
    expect(error.problem?.type).toContain('validation_failed');
  });

  it('401: no credential', async () => {
    const anonymous = api.client();
    const error = await failure(anonymous.unwrap(anonymous.GET('/v1/me')));
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(isMandateError(error, 'unauthorized')).toBe(true);
    expect(isMandateError(error, 'not_found')).toBe(false);
  });

  it('403: a member whose level is too low', async () => {
    const owner = await api.signUp();
    const org = await owner.mandate.unwrap(owner.mandate.POST('/v1/orgs', { body: { name: 'A' } }));
    const member = await api.signUp();
    await api.harness.addGrant(org.id, {
      grantee: { user: member.id },
      levels: { account_management: 'read' },
    });
    const error = await failure(
      member.mandate.unwrap(
        member.mandate.POST('/v1/orgs/{org}/projects', {
          params: { path: { org: org.id } },
          body: { name: 'www' },
        }),
      ),
    );
    expect(error.status).toBe(403);
    // A denial carries the evaluator's reason, which core labels in English and French.
    expect(Object.keys(catalog.reasons)).toContain(error.code);
    expect(reasonLabel(error.code, 'fr')).not.toBe(error.code);
  });

  it('404: a foreign organization (R15)', async () => {
    const owner = await api.signUp();
    const org = await owner.mandate.unwrap(owner.mandate.POST('/v1/orgs', { body: { name: 'A' } }));
    const stranger = await api.signUp();
    const error = await failure(
      stranger.mandate.unwrap(
        stranger.mandate.GET('/v1/orgs/{org}', { params: { path: { org: org.id } } }),
      ),
    );
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('409: e-mail already taken', async () => {
    const taken = await api.signUp();
    const anonymous = api.client();
    const error = await failure(
      anonymous.unwrap(
        anonymous.POST('/v1/auth/signup', {
          body: { email: taken.email, password: 'long-enough-password', name: 'Again' },
        }),
      ),
    );
    expect(error).toMatchObject({ status: 409, code: 'email_taken' });
  });
});

describe('429 rate_limited', () => {
  let limited: TestApi;
  beforeAll(async () => {
    const limiter = () => new FailureLimiter(2, 60_000);
    limited = await startApi({ limiters: { account: limiter(), ip: limiter() } });
  });
  afterAll(() => limited?.close());

  it('carries Retry-After; a POST is never retried', async () => {
    const user = await limited.signUp();
    // Retries on, but sign-in is a POST: the 429 comes back at once.
    const anonymous = limited.client({ retries: { max: 3, maxDelayMs: 120_000 } });
    const signIn = () =>
      anonymous.unwrap(
        anonymous.POST('/v1/auth/signin', {
          body: { email: user.email, password: 'wrong-password' },
        }),
      );
    expect((await failure(signIn())).code).toBe('invalid_credentials');
    expect((await failure(signIn())).code).toBe('invalid_credentials');
    const started = Date.now();
    const error = await failure(signIn());
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(error.response?.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});
