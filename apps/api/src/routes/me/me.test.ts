import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('GET /v1/me', () => {
  it('returns the profile; with a token, names the token’s organization (R20)', async () => {
    const user = await h.signUp({ name: 'Zoé' });
    const org = await h.createOrg(user);
    const token = await h.issueToken(user, org.id, { mfa: true });
    const res = await h.json('GET', '/v1/me', token.headers);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: user.id,
      name: 'Zoé',
      credential: { kind: 'token', mfa: true, orgId: org.id },
    });
  });

  it('401 without a bearer, with a garbage bearer, and with a support credential', async () => {
    expect((await h.json('GET', '/v1/me')).body).toMatchObject({
      status: 401,
      code: 'unauthorized',
    });
    expect((await h.json('GET', '/v1/me', { authorization: 'Bearer nope' })).status).toBe(401);
    const mss = await h.json('GET', '/v1/me', { authorization: `Bearer mss_${'a'.repeat(40)}` });
    expect(mss.body).toMatchObject({ status: 401, code: 'wrong_realm' });
  });
});

describe('PATCH /v1/me', () => {
  it('changes my name and language; the next GET shows them', async () => {
    const user = await h.signUp({ name: 'Ana' });
    const res = await h.json('PATCH', '/v1/me', user.headers, { name: 'Ana B.', locale: 'fr' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Ana B.', locale: 'fr' });
    expect((await h.json('GET', '/v1/me', user.headers)).body).toMatchObject({ locale: 'fr' });
  });

  it('400 for an unknown language or field, 401 without a session, a token may not edit', async () => {
    const user = await h.signUp();
    const org = await h.createOrg(user);
    const bad = await h.json('PATCH', '/v1/me', user.headers, { locale: 'de' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('locale');
    expect((await h.json('PATCH', '/v1/me', user.headers, { email: 'x@y.z' })).status).toBe(400);
    expect((await h.json('PATCH', '/v1/me', {}, { locale: 'fr' })).status).toBe(401);
    const token = await h.issueToken(user, org.id);
    expect((await h.json('PATCH', '/v1/me', token.headers, { locale: 'fr' })).body).toMatchObject({
      code: 'session_required',
    });
  });
});

describe('POST /v1/me/mfa/enroll + confirm (R7)', () => {
  it('enrolment returns an otpauth URI; confirming returns 10 recovery codes and marks the session', async () => {
    const user = await h.signUp();
    const enroll = await h.json('POST', '/v1/me/mfa/enroll', user.headers);
    expect(enroll.status).toBe(200);
    expect(String(enroll.body.otpauthUri)).toMatch(/^otpauth:\/\/totp\//);
    const { recoveryCodes } = await h.enrollMfa(await h.signUp());
    expect(recoveryCodes).toHaveLength(10);
    const me = await h.json('GET', '/v1/me', user.headers);
    expect(me.body).toMatchObject({ mfaEnabled: false });
  });

  it('confirm: 400 for a code that is not 6 digits, 401 for a wrong one, 409 before enrolment', async () => {
    const user = await h.signUp();
    expect((await h.json('POST', '/v1/me/mfa/confirm', user.headers, { code: '12' })).status).toBe(
      400,
    );
    const early = await h.json('POST', '/v1/me/mfa/confirm', user.headers, { code: '123456' });
    expect(early.body).toMatchObject({ code: 'mfa_not_enrolled' });
    await h.json('POST', '/v1/me/mfa/enroll', user.headers);
    const wrong = await h.json('POST', '/v1/me/mfa/confirm', user.headers, { code: '000000' });
    expect(wrong.status).toBe(401);
  });

  it('401 without a session; an API token may not enrol (session_required)', async () => {
    expect((await h.json('POST', '/v1/me/mfa/enroll')).status).toBe(401);
    const user = await h.signUp();
    const org = await h.createOrg(user);
    const token = await h.issueToken(user, org.id);
    const res = await h.json('POST', '/v1/me/mfa/enroll', token.headers);
    expect(res.body).toMatchObject({ status: 403, code: 'session_required' });
  });
});

describe('GET /v1/me/orgs', () => {
  it('lists owned and member organizations; a token sees only its own', async () => {
    const owner = await h.signUp();
    const mine = await h.createOrg(owner, 'Mine');
    const other = await h.signUp();
    const theirs = await h.createOrg(other, 'Theirs');
    await h.addGrant(theirs.id, { grantee: { user: owner.id }, levels: { billing: 'read' } });
    const res = await h.json<{ organizations: { id: string; role: string }[] }>(
      'GET',
      '/v1/me/orgs',
      owner.headers,
    );
    expect(res.body.organizations).toEqual([
      expect.objectContaining({ id: mine.id, role: 'owner' }),
      expect.objectContaining({ id: theirs.id, role: 'member' }),
    ]);
    const token = await h.issueToken(owner, mine.id);
    const viaToken = await h.json<{ organizations: { id: string }[] }>(
      'GET',
      '/v1/me/orgs',
      token.headers,
    );
    expect(viaToken.body.organizations.map((o) => o.id)).toEqual([mine.id]);
  });

  it('401 without a bearer', async () => {
    expect((await h.json('GET', '/v1/me/orgs')).status).toBe(401);
  });
});
