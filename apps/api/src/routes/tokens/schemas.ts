import { z } from '@hono/zod-openapi';
import { LevelSchema, ReceiptSchema } from '../authz-schemas.js';
import { idSchema, NameSchema, OrgParamsSchema } from '../shared-schemas.js';

export const TokenCapSchema = z
  .object({
    levels: z
      .record(z.string().min(1).max(64), LevelSchema)
      .optional()
      .openapi({ description: 'Allow-list: sections it does not name are `none` (R21).' }),
    projects: z.array(idSchema('prj')).max(1000).optional(),
    readOnly: z.boolean().optional(),
  })
  .strict()
  .openapi('TokenCap');

export const IssueTokenBodySchema = z
  .object({
    name: NameSchema,
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .optional()
      .openapi({
        description:
          'Every token expires (R22): at most 365 days and the organization’s `maxTokenDays`; ' +
          'default 90 (capped by the policy), unless the policy requires choosing it explicitly.',
      }),
    cap: TokenCapSchema.optional(),
  })
  .openapi('IssueTokenBody');

export const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the secret (`mnd_…`).' }),
    userId: z.string(),
    orgId: z.string(),
    cap: TokenCapSchema.nullable(),
    mfa: z.boolean().openapi({ description: 'Issued from a session with a second factor (R23).' }),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

export const IssuedTokenSchema = z
  .object({
    token: ApiTokenSchema,
    secret: z.string().openapi({ description: 'Shown once; only its hash is stored (R22).' }),
    receipt: ReceiptSchema,
  })
  .openapi('IssuedToken');

export const TokenListSchema = z
  .object({ items: z.array(ApiTokenSchema), nextCursor: z.string().nullable() })
  .openapi('TokenList');

export const TokenParamsSchema = OrgParamsSchema.extend({
  id: idSchema('tok').openapi({ param: { name: 'id', in: 'path' } }),
});

export const TokenPolicySchema = z
  .object({
    maxTokenDays: z.number().int().min(1).max(365),
    requireExpiry: z
      .boolean()
      .openapi({ description: 'Issuers must choose each token’s lifetime (no 90-day default).' }),
    idleDisableDays: z.number().int().min(1).max(365).nullable(),
  })
  .openapi('TokenPolicy');

export const LeakedBodySchema = z
  .object({ secrets: z.array(z.string().max(200)).min(1).max(100) })
  .openapi('LeakedSecrets');

export const LeakedResultSchema = z
  .object({
    received: z.number().int(),
    revoked: z.number().int().openapi({ description: 'How many live tokens were revoked.' }),
  })
  .openapi('LeakedResult');
