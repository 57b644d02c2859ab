// A third-party script: type-checked against the packed @mandate/sdk (see ../../src/pack.test.ts).
import {
  catalog,
  type components,
  createMandateClient,
  isMandateError,
  type Level,
  MandateError,
  reasonLabel,
  sectionIds,
  sectionInfo,
} from '@mandate/sdk';

const mandate = createMandateClient({
  baseUrl: 'https://api.mandate.example',
  token: 'mnd_example',
  retries: { max: 3, maxDelayMs: 5_000 },
});

type Organization = components['schemas']['Organization'];

export async function describeOrg(org: string): Promise<Organization | undefined> {
  try {
    return await mandate.unwrap(mandate.GET('/v1/orgs/{org}', { params: { path: { org } } }));
  } catch (error) {
    if (isMandateError(error, 'not_found')) return undefined;
    if (error instanceof MandateError) console.error(error.code, error.requestId, error.errors);
    throw error;
  }
}

/** A CI job: may this token deploy to the project? */
export async function mayDeploy(org: string, project: string): Promise<boolean> {
  const [view, update] = await mandate.checkBatch(org, [
    { action: 'view', section: 'sites', project },
    { action: 'update', section: 'sites', project },
  ]);
  if (!update?.allowed) console.log(reasonLabel(update?.reason ?? 'no_grant', 'en'));
  return Boolean(view?.allowed && update?.allowed);
}

/** Onboard a contractor: preview, invite, then a short-lived narrowed token for a robot. */
export async function onboard(org: string, project: string, email: string) {
  const grant = { scope: { project }, role: 'hosting_web', requireMfa: true };
  const me = await mandate.unwrap(mandate.GET('/v1/me'));
  const preview = await mandate.previewGrant(org, { grantee: { user: me.id }, ...grant });
  if (!preview.decision.allowed) return undefined;
  await mandate.inviteUser(org, { email, grants: [grant] });
  const { token, secret } = await mandate.issueToken(org, {
    name: 'robot',
    expiresInDays: 7,
    cap: { levels: { sites: 'manage' }, projects: [project], readOnly: false },
  });
  const robot = mandate.withToken(secret);
  const { effective } = await robot.tokenAccess();
  const allowed: Level | undefined = effective.projects[project]?.sites?.level;
  await mandate.revokeToken(org, token.id);
  return allowed;
}

/** Every grant on one project, page after page. */
export async function grantsOf(org: string, project: string) {
  const ids: string[] = [];
  for await (const grant of mandate.paginate('/v1/orgs/{org}/grants', {
    params: { path: { org }, query: { scope: project } },
  })) {
    ids.push(grant.id);
  }
  return ids;
}

export async function canView(org: string, section: string, project: string) {
  return (await mandate.check(org, { action: 'view', section, project })).allowed;
}

export function matrixHeader(lang: 'en' | 'fr'): string[] {
  return sectionIds.map((id) => sectionInfo(id)?.label[lang] ?? id);
}

export const levels: Level[] = [...catalog.levels];
export const denied = reasonLabel('no_grant', 'fr');

// The types are real, not `any`:
// @ts-expect-error: no such path
void mandate.GET('/v1/nowhere');
// @ts-expect-error: the path parameter is required
void mandate.GET('/v1/orgs/{org}', { params: { path: {} } });
// @ts-expect-error: `name` must be a string
void mandate.POST('/v1/orgs', { body: { name: 42 } });
// @ts-expect-error: an invitation needs grants
void mandate.inviteUser('org_x', { email: 'a@example.com' });
// @ts-expect-error: only list endpoints can be paginated
void mandate.paginate('/v1/me', {});
