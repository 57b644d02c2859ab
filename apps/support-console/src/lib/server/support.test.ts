import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('$env/dynamic/private', () => ({ env: { MANDATE_API_URL: 'http://api.test' } }));

const { findRequester, getMatrix, perform, assess } = await import('./support');

/** Answers every request with `body` and records what was asked. */
const stubFetch = (status: number, body: unknown) => {
  const seen: Request[] = [];
  vi.stubGlobal('fetch', async (input: Request) => {
    seen.push(input);
    return new Response(JSON.stringify(body), {
      status,
      headers: {
        'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      },
    });
  });
  return seen;
};

afterEach(() => vi.unstubAllGlobals());

describe('support desk calls', () => {
  it('asks the matrix with the requester and the declared second factor (R42)', async () => {
    const seen = stubFetch(200, { org: { id: 'org_1', name: null }, places: [], cells: [] });
    const got = await getMatrix('mss_x', 'org_1', 'usr_2', true);
    expect(got.ok).toBe(true);
    const url = new URL(seen[0]!.url);
    expect(url.pathname).toBe('/v1/support/orgs/org_1/matrix');
    expect(url.searchParams.get('user')).toBe('usr_2');
    expect(url.searchParams.get('mfa')).toBe('true');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer mss_x');
  });

  it('reads a cell’s assessment out of the answer', async () => {
    const assessment = { requester: 'member', level: 'read', disclose: true, reason: 'granted' };
    stubFetch(200, { target: { section: 'databases', project: 'prj_1' }, assessment });
    const got = await assess('mss_x', 'org_1', 'usr_2', false, {
      section: 'databases',
      project: 'prj_1',
    });
    expect(got).toEqual({ ok: true, data: assessment });
  });

  it('answers null when no user has the e-mail (404), the refusal otherwise', async () => {
    stubFetch(404, { status: 404, code: 'not_found', title: 'Not found', detail: 'No one.' });
    expect(await findRequester('mss_x', 'a@b.c')).toEqual({ ok: true, data: null });
    stubFetch(403, { status: 403, code: 'forbidden', title: 'Forbidden', detail: 'Staff only.' });
    expect(await findRequester('mss_x', 'a@b.c')).toMatchObject({
      ok: false,
      status: 403,
      code: 'forbidden',
    });
  });

  it('sends an action as the API’s body and keeps its refusal', async () => {
    const seen = stubFetch(409, {
      status: 409,
      code: 'approval_used',
      title: 'Conflict',
      detail: 'Already used.',
    });
    const got = await perform('mss_x', 'org_1', {
      user: 'usr_2',
      mfa: false,
      target: { section: 'databases', project: 'prj_1' },
      action: 'create',
      changes: { name: 'db2' },
      approvalId: 'apr_1',
    });
    expect(got).toMatchObject({ ok: false, status: 409, code: 'approval_used' });
    expect(seen[0]!.method).toBe('POST');
    expect(await seen[0]!.json()).toMatchObject({ action: 'create', approvalId: 'apr_1' });
  });

  it('says the API cannot be reached instead of throwing', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    expect(await getMatrix('mss_x', 'org_1', 'usr_2', false)).toMatchObject({
      ok: false,
      status: 503,
      code: 'unreachable',
    });
  });
});
