import { createRoute } from '@hono/zod-openapi';
import { createEvaluator, type OrgSnapshot, type Principal } from '@mandate/core';
import type { App } from '../../context.js';
import { requireCaller } from '../../lib/auth/index.js';
import { authorize, loadOrg } from '../../lib/authz/index.js';
import { errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { assertGrantee, membersTarget } from './access.js';
import { PreviewBodySchema, PreviewSchema } from './schemas.js';
import { coreGrantOf } from './to-grant.js';

const route = createRoute({
  method: 'post',
  operationId: 'previewGrant',
  path: '/v1/orgs/{org}/grants:preview',
  tags: ['grants'],
  summary: 'What-if: the grantee’s effective rights before and after a grant (nothing saved)',
  description:
    '`decision` is `checkGrant` for the caller (R30, R31); `before` / `after` are the core’s ' +
    '`effective` for the grantee on the current snapshot and on the snapshot with the grant ' +
    'applied (R2: it replaces the grantee’s grant on that scope). For a team, the rights of a ' +
    'member who belongs to that team only.',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(PreviewBodySchema) },
  responses: { 200: jsonContent(PreviewSchema, 'The preview.'), ...errorResponses },
});

// A user id that can never exist (ids are `usr_` + base 36): stands for "a member of this team".
const TEAM_PROBE = 'usr_preview-team-member';

export const registerPreviewGrant = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const now = c.var.services.now();
    const org = await loadOrg(c, orgId);
    // Someone's rights are shown only to who may view `members` there (R51).
    authorize(c, org, 'view', membersTarget(body.scope));
    assertGrantee(org, body.grantee);
    const grant = coreGrantOf(newId('grt'), body.grantee, body.scope, body);
    const decision = org.evaluator.checkGrant(c.var.caller.principal, grant, now);

    let base: OrgSnapshot = org.snapshot;
    let who: Principal;
    if ('user' in body.grantee) {
      who = { kind: 'user', userId: body.grantee.user, mfa: body.mfa };
    } else {
      base = { ...base, teams: { ...base.teams, [body.grantee.team]: [TEAM_PROBE] } };
      who = { kind: 'user', userId: TEAM_PROBE, mfa: body.mfa };
    }
    const before = createEvaluator(base).effective(who, now);
    // SPEC §10 (R2 inside a snapshot): the later of two grants on one scope replaces the earlier.
    const after = createEvaluator({ ...base, grants: [...base.grants, grant] }).effective(who, now);
    return c.json({ decision, before, after }, 200);
  });
