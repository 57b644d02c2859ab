import { z } from '@hono/zod-openapi';
import {
  DecisionSchema,
  EffectiveSchema,
  LevelSchema,
  LevelsSchema,
  ReceiptSchema,
  ScopeSchema,
} from '../authz-schemas.js';
import { idSchema, OrgParamsSchema } from '../shared-schemas.js';

export const GranteeSchema = z
  .union([
    z.object({ user: idSchema('usr') }).strict(),
    z.object({ team: idSchema('tem') }).strict(),
  ])
  .openapi('Grantee');

const FutureDate = z.string().datetime({ offset: true }).openapi({
  description: 'ISO 8601; the grant counts for nothing from then on (R8).',
});

/** role / levels / flags: what a grant gives (exactly one of role and levels, checked by the core). */
export const GrantTermsSchema = z
  .object({
    role: z.string().min(1).max(64).optional(),
    levels: LevelsSchema.optional(),
    requireMfa: z.boolean().default(false),
    expiresAt: FutureDate.nullable().optional(),
    note: z.string().max(500).nullable().optional(),
  })
  .openapi('GrantTerms');

export const GrantBodySchema = GrantTermsSchema.extend({
  grantee: GranteeSchema,
  scope: ScopeSchema.default({ org: true }),
}).openapi('GrantBody');

export const GrantSchema = z
  .object({
    id: z.string(),
    grantee: GranteeSchema,
    scope: ScopeSchema,
    role: z.string().nullable(),
    levels: z.record(z.string(), LevelSchema).nullable(),
    requireMfa: z.boolean(),
    expiresAt: z.string().nullable(),
    note: z.string().nullable(),
    rowVersion: z.number().int().openapi({ description: 'Send as `If-Match` to replace it.' }),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Grant');

export const GrantWriteResultSchema = z
  .object({
    grant: GrantSchema,
    replaced: z
      .string()
      .nullable()
      .openapi({ description: 'R2: the id of the grant this one replaced on that scope.' }),
    credentialsWarning: z.boolean().openapi({
      description: 'R10: the grant shows passwords or keys (read on a `cred` section).',
    }),
    receipt: ReceiptSchema,
  })
  .openapi('GrantWriteResult');

export const GrantListSchema = z
  .object({ items: z.array(GrantSchema), nextCursor: z.string().nullable() })
  .openapi('GrantList');

export const GrantListQuerySchema = z.object({
  grantee: z
    .string()
    .regex(/^(usr|tem)_[0-9a-z]{1,40}$/, 'must be a usr_… or tem_… id')
    .optional(),
  scope: z
    .string()
    .regex(/^(org|(prj|srv)_[0-9a-z]{1,40})$/, 'must be org, a prj_… or a srv_… id')
    .optional(),
  cursor: z
    .string()
    .regex(/^\d{1,7}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const GrantParamsSchema = OrgParamsSchema.extend({
  id: idSchema('grt').openapi({ param: { name: 'id', in: 'path' } }),
});

export const IfMatchSchema = z.object({
  'if-match': z
    .string()
    .max(40)
    .optional()
    .openapi({ description: 'The grant’s `rowVersion` (an ETag like `"3"` also works).' }),
});

export const PreviewBodySchema = GrantBodySchema.extend({
  mfa: z.boolean().default(true).openapi({
    description: 'Compute `before`/`after` as if the grantee signed in with a second factor.',
  }),
}).openapi('GrantPreviewBody');

export const PreviewSchema = z
  .object({ decision: DecisionSchema, before: EffectiveSchema, after: EffectiveSchema })
  .openapi('GrantPreview');

export const CardQuerySchema = z.object({
  project: idSchema('prj').optional(),
  server: idSchema('srv').optional(),
});

export const CardRowSchema = z
  .object({
    grantId: z.string(),
    grantee: z.object({ user: z.string() }),
    granteeName: z.string(),
    granteeEmail: z.string(),
    via: z.union([z.literal('direct'), z.object({ team: z.string() })]),
    scope: ScopeSchema,
    role: z.string().nullable(),
    levels: z.record(z.string(), LevelSchema).nullable(),
    requireMfa: z.boolean(),
    expiresAt: z.string().nullable(),
  })
  .openapi('PermissionsCardRow');

export const CardSchema = z.object({ rows: z.array(CardRowSchema) }).openapi('PermissionsCard');
