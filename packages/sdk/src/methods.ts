import type { Client } from 'openapi-fetch';
import type { paths } from './schema.js';
import type { BodyOf, SuccessOf } from './types.js';
import { unwrap } from './unwrap.js';

/**
 * The jobs third parties do most, as thin wrappers over generated paths: every parameter and
 * answer type is the generated one. Each throws `MandateError` on an error answer.
 */
export const convenienceMethods = (client: Client<paths>) => ({
  /**
   * What-if: the grantee's effective rights before and after a grant, and whether the caller
   * may give it (`decision`); nothing is saved. `POST /v1/orgs/{org}/grants:preview`.
   *
   * @example
   * const { decision, after } = await mandate.previewGrant(org, {
   *   grantee: { user: 'usr_…' }, scope: { project: 'prj_…' }, levels: { databases: 'read' },
   * });
   * if (!decision.allowed) console.log(reasonLabel(decision.reason, 'en'));
   */
  previewGrant: (
    org: string,
    body: BodyOf<'/v1/orgs/{org}/grants:preview', 'post'>,
  ): Promise<SuccessOf<'/v1/orgs/{org}/grants:preview', 'post'>> =>
    unwrap(client.POST('/v1/orgs/{org}/grants:preview', { params: { path: { org } }, body })),
});
