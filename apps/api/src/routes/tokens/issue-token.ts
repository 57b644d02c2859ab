import { createRoute } from '@hono/zod-openapi';
import { sectionInfo } from '@mandate/core';
import type { App } from '../../context.js';
import { findToken, findTokenPolicy, insertToken } from '../../db/tokens.js';
import { newApiTokenSecret, requireSession, TOKEN_DEFAULT_DAYS } from '../../lib/auth/index.js';
import { commitChange, loadOrg } from '../../lib/authz/index.js';
import { ApiError, errorResponses, type FieldError } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { bearerSecurity, jsonBody, jsonContent, OrgParamsSchema } from '../shared-schemas.js';
import { IssuedTokenSchema, IssueTokenBodySchema } from './schemas.js';
import { toToken } from './to-token.js';

const route = createRoute({
  method: 'post',
  operationId: 'issueToken',
  path: '/v1/orgs/{org}/tokens',
  tags: ['tokens'],
  summary: 'Issue an API token acting as me (R20–R23)',
  description:
    'Sessions only (a token cannot issue tokens: `session_required`). The secret is returned ' +
    'once. A session that passed a second factor issues a token that counts as MFA (R23).',
  security: bearerSecurity,
  middleware: [requireSession] as const,
  request: { params: OrgParamsSchema, body: jsonBody(IssueTokenBodySchema) },
  responses: { 201: jsonContent(IssuedTokenSchema, 'Issued.'), ...errorResponses },
});

const DAY_MS = 86_400_000;

const invalid = (errors: FieldError[]) =>
  new ApiError({ code: 'validation_failed', detail: 'The token request is invalid.', errors });

export const registerIssueToken = (app: App) =>
  app.openapi(route, async (c) => {
    const { org: orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const { db, now } = c.var.services;
    const caller = c.var.caller;
    const org = await loadOrg(c, orgId);
    const policy = (await findTokenPolicy(db, orgId))!;
    // R22: every token expires, default 90 days, never beyond the policy's maximum. A policy
    // with `requireExpiry` makes the issuer choose the lifetime instead of taking the default.
    if (body.expiresInDays === undefined && policy.requireExpiry) {
      throw invalid([
        { path: 'body.expiresInDays', message: 'this organization requires choosing an expiry' },
      ]);
    }
    const days = body.expiresInDays ?? Math.min(TOKEN_DEFAULT_DAYS, policy.maxTokenDays);
    if (days > policy.maxTokenDays) {
      throw invalid([
        { path: 'body.expiresInDays', message: `at most ${policy.maxTokenDays} days here` },
      ]);
    }
    // R21: a cap names catalog sections and this organization's projects.
    const errors: FieldError[] = [];
    for (const section of Object.keys(body.cap?.levels ?? {})) {
      if (!sectionInfo(section))
        errors.push({ path: `body.cap.levels.${section}`, message: 'unknown section' });
    }
    (body.cap?.projects ?? []).forEach((p, i) => {
      if (!org.snapshot.projects.includes(p))
        errors.push({ path: `body.cap.projects.${i}`, message: 'unknown project' });
    });
    if (errors.length > 0) throw invalid(errors);

    const { secret, prefix, hash } = newApiTokenSecret();
    const id = newId('tok');
    const cap = body.cap
      ? {
          ...(body.cap.levels ? { levels: body.cap.levels } : {}),
          ...(body.cap.projects ? { projects: body.cap.projects } : {}),
          ...(body.cap.readOnly !== undefined ? { readOnly: body.cap.readOnly } : {}),
        }
      : null;
    const { result, receipt } = await commitChange(c, orgId, async (trx) => {
      await insertToken(trx, {
        id,
        prefix,
        secretHash: hash,
        userId: caller.userId,
        orgId,
        name: body.name,
        cap,
        issuedWithMfa: caller.kind === 'session' && caller.mfa,
        expiresAt: new Date(now().getTime() + days * DAY_MS),
      });
      const token = toToken((await findToken(trx, orgId, id))!);
      return {
        result: token,
        audit: [{ action: 'token.create', subject: { type: 'token', id }, after: token }],
      };
    });
    return c.json({ token: result, secret, receipt }, 201);
  });
