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
