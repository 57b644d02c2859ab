import { z } from '@hono/zod-openapi';
import { levels } from '@mandate/core';
import { errorResponses } from '../lib/errors/index.js';
import { idSchema } from './shared-schemas.js';

/** Shapes of @mandate/core's answers and of revocation receipts, shared by phase-2a routes. */

export const LevelSchema = z.enum(levels).openapi('Level');

export const ScopeSchema = z
  .union([
    z.object({ org: z.literal(true) }).strict(),
    z.object({ project: idSchema('prj') }).strict(),
    z.object({ server: idSchema('srv') }).strict(),
  ])
  .openapi('Scope');

/** Section ids are checked by the core (unknown_section, wrong_scope, owner_only → 400). */
export const LevelsSchema = z
  .record(z.string().min(1).max(64), LevelSchema)
  .refine((v) => Object.keys(v).length <= 100, 'at most 100 sections')
  .openapi('Levels');

export const ReceiptSchema = z
  .object({
    authzVersion: z.number().int(),
    enforcedFrom: z.string().datetime().openapi({
      description: 'From this instant every API instance enforces the change (stale window 0).',
    }),
  })
  .openapi('Receipt');

export const ReceiptBodySchema = z.object({ receipt: ReceiptSchema }).openapi('ReceiptBody');

export const DecisionSchema = z
  .object({
    allowed: z.boolean(),
    reason: z.string().openapi({ description: 'A stable reason code of @mandate/core.' }),
    level: LevelSchema,
    grants: z.array(z.string()),
    credentialsVisible: z.boolean(),
  })
  .openapi('Decision');

const GranteeRefSchema = z.union([z.object({ user: z.string() }), z.object({ team: z.string() })]);

export const EffectiveGrantSchema = z
  .object({
    id: z.string(),
    via: GranteeRefSchema,
    scope: ScopeSchema,
    requireMfa: z.boolean(),
    expiresAt: z.string().optional(),
  })
  .openapi('EffectiveGrant');

export const EffectiveCellSchema = z
  .object({
    level: LevelSchema,
    grants: z.array(EffectiveGrantSchema),
    credentialsVisible: z.boolean(),
  })
  .openapi('EffectiveCell');

const Cells = z.record(z.string(), EffectiveCellSchema);

export const EffectiveSchema = z
  .object({
    org: Cells,
    projects: z.record(z.string(), Cells),
    servers: z.record(z.string(), Cells),
    menus: z.object({ serverStatus: z.boolean(), configuration: z.boolean() }),
  })
  .openapi('Effective');

/** Problem responses beyond the shared set: stale edits and missing preconditions. */
export const preconditionResponses = {
  412: {
    description: 'Stale `If-Match` (`stale_edit`).',
    content: errorResponses[409].content,
  },
  428: { description: '`If-Match` missing.', content: errorResponses[409].content },
} as const;
