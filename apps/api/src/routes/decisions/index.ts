import { createRoute } from '@hono/zod-openapi';
import type { Action, Target } from '@mandate/core';
import type { App } from '../../context.js';
import { requireCaller } from '../../lib/auth/index.js';
import { loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses } from '../../lib/errors/index.js';
import { DecisionSchema, EffectiveSchema } from '../authz-schemas.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import {
  BATCH_MAX,
  BatchBodySchema,
  BatchResultSchema,
  CheckQuerySchema,
  SubjectQuerySchema,
} from './schemas.js';
import { subjectOf } from './subject.js';

const checkRoute = createRoute({
  method: 'get',
  operationId: 'check',
  path: '/v1/orgs/{org}/check',
  tags: ['decisions'],
  summary: 'One decision of the core (reason, level, grants, credentialsVisible)',
  description:
    'For the caller, or with `user` / `token` for someone else (needs `view` on `members`).',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, query: CheckQuerySchema },
  responses: { 200: jsonContent(DecisionSchema, 'The decision.'), ...errorResponses },
});

const batchRoute = createRoute({
  method: 'post',
  operationId: 'checkBatch',
  path: '/v1/orgs/{org}/check:batch',
  tags: ['decisions'],
  summary: `Up to ${BATCH_MAX} decisions at once`,
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, body: jsonBody(BatchBodySchema) },
  responses: { 200: jsonContent(BatchResultSchema, 'In the order asked.'), ...errorResponses },
});

const effectiveRoute = createRoute({
  method: 'get',
  operationId: 'getEffective',
  path: '/v1/orgs/{org}/effective',
  tags: ['decisions'],
  summary: 'Every section × place level of the caller, a member or a token (core `effective`)',
  security: bearerSecurity,
  middleware: [requireCaller] as const,
  request: { params: OrgParamsSchema, query: SubjectQuerySchema },
  responses: { 200: jsonContent(EffectiveSchema, 'Effective rights.'), ...errorResponses },
});

const targetOf = (t: {
  section: string;
  project?: string | undefined;
  server?: string | undefined;
}): Target => ({
  section: t.section,
  ...(t.project ? { project: t.project } : {}),
  ...(t.server ? { server: t.server } : {}),
});

export const registerDecisionRoutes = (app: App) => {
  app.openapi(checkRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const q = c.req.valid('query');
    const org = await loadOrg(c, orgId);
    const who = await subjectOf(c, org, q);
    // Unknown actions and targets are answers of the core (unknown_action, unknown_target).
    const decision = org.evaluator.decide(
      who,
      q.action as Action,
      targetOf(q),
      c.var.services.now(),
    );
    return c.json(decision, 200);
  });

  app.openapi(batchRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    if (body.checks.length > BATCH_MAX) {
      throw new ApiError({
        code: 'too_many_checks',
        detail: `At most ${BATCH_MAX} checks per batch.`,
        errors: [{ path: 'body.checks', message: `at most ${BATCH_MAX}` }],
      });
    }
    const org = await loadOrg(c, orgId);
    const who = await subjectOf(c, org, body);
    const now = c.var.services.now();
    const decisions = body.checks.map((q) =>
      org.evaluator.decide(who, q.action as Action, targetOf(q), now),
    );
    return c.json({ decisions }, 200);
  });

  app.openapi(effectiveRoute, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const org = await loadOrg(c, orgId);
    const who = await subjectOf(c, org, c.req.valid('query'));
    return c.json(org.evaluator.effective(who, c.var.services.now()), 200);
  });
};
