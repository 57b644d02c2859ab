import { z } from '@hono/zod-openapi';
import { DecisionSchema } from '../authz-schemas.js';
import { idSchema } from '../shared-schemas.js';

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const SubjectQuerySchema = z.object({
  user: idSchema('usr').optional(),
  token: idSchema('tok').optional(),
  mfa: booleanQuery.openapi({ description: 'With `user`: count requireMfa grants (R7).' }),
});

const TargetFields = {
  action: z
    .string()
    .min(1)
    .max(64)
    .openapi({ description: 'An action; others → `unknown_action`.' }),
  section: z.string().min(1).max(64),
  project: idSchema('prj').optional(),
  server: idSchema('srv').optional(),
};

export const CheckQuerySchema = SubjectQuerySchema.extend(TargetFields);

export const CheckSchema = z.object(TargetFields).openapi('Check');

export const BATCH_MAX = 1000;

export const BatchBodySchema = z
  .object({
    checks: z.array(CheckSchema).min(1),
    user: idSchema('usr').optional(),
    token: idSchema('tok').optional(),
    mfa: z.boolean().optional(),
  })
  .openapi('CheckBatch');

export const BatchResultSchema = z
  .object({ decisions: z.array(DecisionSchema) })
  .openapi('CheckBatchResult');
