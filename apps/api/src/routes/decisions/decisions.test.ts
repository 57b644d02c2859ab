import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const setup = async () => {
  const owner = await h.signUp();
  const org = await h.createOrg(owner);
  const project = await h.createProject(owner, org.id, 'www');
  const member = await h.signUp();
  await h.addGrant(org.id, {
    grantee: { user: member.id },
    scope: { project: project.id },
    role: 'hosting_web',
  });
  return { owner, org, project, member };
};

describe('decisions', () => {
  it('R51 R1: GET check answers the core’s decision for me, or for a member when I may view members', async () => {
    const { owner, org, project, member } = await setup();
    const q = `action=update&section=sites&project=${project.id}`;
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/check?${q}`, member.headers)).body,
    ).toMatchObject({ allowed: true, reason: 'granted', level: 'manage' });
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/check?${q}&user=${member.id}`, owner.headers)).body,
    ).toMatchObject({ allowed: true });
    const other = await h.signUp();
    await h.addGrant(org.id, { grantee: { user: other.id }, levels: { billing: 'read' } });
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/check?${q}&user=${member.id}`, other.headers)).body,
    ).toMatchObject({ status: 403 });
    expect(
      (
        await h.json(
          'GET',
          `/v1/orgs/${org.id}/check?action=fly&section=sites&project=${project.id}`,
          member.headers,
        )
      ).body,
    ).toMatchObject({ allowed: false, reason: 'unknown_action' });
    const token = await h.issueToken(member, org.id, { cap: { readOnly: true } });
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/check?${q}&token=${token.id}`, owner.headers)).body,
    ).toMatchObject({ allowed: false, reason: 'token_cap' });
  });

  it('check:batch answers in order, ≤ 1000 checks', async () => {
    const { org, project, member } = await setup();
    const checks = [
      { action: 'view', section: 'sites', project: project.id },
      { action: 'view', section: 'billing' },
    ];
    const res = await h.json<{ decisions: { allowed: boolean }[] }>(
      'POST',
      `/v1/orgs/${org.id}/check:batch`,
      member.headers,
      { checks },
    );
    expect(res.body.decisions.map((d) => d.allowed)).toEqual([true, false]);
    const many = Array.from({ length: 1001 }, () => checks[0]);
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/check:batch`, member.headers, { checks: many }))
        .body,
    ).toMatchObject({ status: 400, code: 'too_many_checks' });
    const full = Array.from({ length: 1000 }, () => checks[0]);
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/check:batch`, member.headers, { checks: full }))
        .status,
    ).toBe(200);
  });

  it('GET effective for me, a member or a token', async () => {
    const { owner, org, project, member } = await setup();
    const res = await h.json<{ projects: Record<string, unknown> }>(
      'GET',
      `/v1/orgs/${org.id}/effective?user=${member.id}`,
      owner.headers,
    );
    expect(Object.keys(res.body.projects)).toEqual([project.id]);
    expect((await h.json('GET', `/v1/orgs/${org.id}/effective`, member.headers)).status).toBe(200);
    expect(
      (
        await h.json(
          'GET',
          `/v1/orgs/${org.id}/effective?user=${owner.id}&token=tok_a`,
          owner.headers,
        )
      ).status,
    ).toBe(400);
  });

  it('401, 400, foreign 404', async () => {
    const { org, member } = await setup();
    const stranger = await h.signUp();
    expect((await h.json('GET', `/v1/orgs/${org.id}/check?action=view&section=sites`)).status).toBe(
      401,
    );
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/check?action=view`, member.headers)).status,
    ).toBe(400);
    expect(
      (await h.json('POST', `/v1/orgs/${org.id}/check:batch`, member.headers, { checks: 'x' }))
        .status,
    ).toBe(400);
    expect(
      (await h.json('GET', `/v1/orgs/${org.id}/check?action=view&section=sites`, stranger.headers))
        .status,
    ).toBe(404);
    expect((await h.json('GET', `/v1/orgs/${org.id}/effective`, stranger.headers)).status).toBe(
      404,
    );
  });
});
