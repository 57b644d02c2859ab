import type { Client } from 'openapi-fetch';
import type { paths } from './schema.js';
import type { BodyOf, QueryOf, SuccessOf } from './types.js';
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

  /**
   * Invites a person by e-mail with the grants they get on accepting (R33). The single-use link
   * goes to their mailbox, never to the caller. `POST /v1/orgs/{org}/invitations`.
   *
   * @example
   * await mandate.inviteUser(org, {
   *   email: 'dev@example.com',
   *   grants: [{ scope: { project: 'prj_…' }, role: 'hosting_web', requireMfa: true }],
   * });
   */
  inviteUser: (
    org: string,
    body: BodyOf<'/v1/orgs/{org}/invitations', 'post'>,
  ): Promise<SuccessOf<'/v1/orgs/{org}/invitations', 'post'>> =>
    unwrap(client.POST('/v1/orgs/{org}/invitations', { params: { path: { org } }, body })),

  /**
   * One decision of the evaluator for the caller (or, for those who may read the members,
   * another `user` / `token`): `{ allowed, reason, level, grants, credentialsVisible }`.
   * A denial is an answer here, not an error. `GET /v1/orgs/{org}/check`.
   *
   * @example
   * const decision = await mandate.check(org, { action: 'update', section: 'sites', project });
   * if (!decision.allowed) console.log(reasonLabel(decision.reason, 'fr'));
   */
  check: (
    org: string,
    query: QueryOf<'/v1/orgs/{org}/check', 'get'>,
  ): Promise<SuccessOf<'/v1/orgs/{org}/check', 'get'>> =>
    unwrap(client.GET('/v1/orgs/{org}/check', { params: { path: { org }, query } })),

  /**
   * Up to 1000 decisions in one request, in the order of `checks`.
   * `POST /v1/orgs/{org}/check:batch`.
   *
   * @example
   * const [view, edit] = await mandate.checkBatch(org, [
   *   { action: 'view', section: 'databases', project },
   *   { action: 'update', section: 'databases', project },
   * ]);
   */
  checkBatch: async (
    org: string,
    checks: BodyOf<'/v1/orgs/{org}/check:batch', 'post'>['checks'],
    subject: Omit<BodyOf<'/v1/orgs/{org}/check:batch', 'post'>, 'checks'> = {},
  ): Promise<SuccessOf<'/v1/orgs/{org}/check:batch', 'post'>['decisions']> => {
    const body = { ...subject, checks };
    const result = await unwrap(
      client.POST('/v1/orgs/{org}/check:batch', { params: { path: { org } }, body }),
    );
    return result.decisions;
  },

  /**
   * What the calling API token may access: the token (name, cap, expiry, last use) and its
   * effective rights, i.e. its cap intersected with its user's current grants (R20, R21).
   * Only with an `mnd_` token. `GET /v1/token`.
   *
   * @example
   * const { token, effective } = await mandate.tokenAccess();
   * console.log(token.name, Object.keys(effective.projects));
   */
  tokenAccess: (): Promise<SuccessOf<'/v1/token', 'get'>> => unwrap(client.GET('/v1/token')),

  /**
   * Issues an API token acting as the caller in one organization, optionally narrowed
   * (`cap`: levels per section, projects, read-only). The `secret` is in this answer only.
   * `POST /v1/orgs/{org}/tokens`.
   *
   * @example
   * const { token, secret } = await mandate.issueToken(org, {
   *   name: 'ci', expiresInDays: 30, cap: { levels: { sites: 'manage' }, projects: [project] },
   * });
   */
  issueToken: (
    org: string,
    body: BodyOf<'/v1/orgs/{org}/tokens', 'post'>,
  ): Promise<SuccessOf<'/v1/orgs/{org}/tokens', 'post'>> =>
    unwrap(client.POST('/v1/orgs/{org}/tokens', { params: { path: { org } }, body })),

  /**
   * Revokes one of the caller's tokens at once; the receipt says from when every API instance
   * refuses it. `DELETE /v1/orgs/{org}/tokens/{id}`.
   *
   * @example
   * await mandate.revokeToken(org, token.id);
   */
  revokeToken: (
    org: string,
    id: string,
  ): Promise<SuccessOf<'/v1/orgs/{org}/tokens/{id}', 'delete'>> =>
    unwrap(client.DELETE('/v1/orgs/{org}/tokens/{id}', { params: { path: { org, id } } })),
});
