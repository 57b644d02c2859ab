import { z } from '@hono/zod-openapi';
import { idSchema } from '../shared-schemas.js';

export const CompanySchema = z
  .object({
    legalName: z.string().trim().max(200),
    address: z.string().trim().max(1000),
    vatNumber: z.string().trim().max(40),
  })
  .openapi('Company');

export const AuditQuerySchema = z.object({
  actor: idSchema('usr').optional(),
  action: z
    .string()
    .regex(/^[a-z_.]{1,64}$/, 'a dotted action, e.g. grant.create')
    .optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  cursor: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    tokenId: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable().openapi({ description: '`type:id` of what changed.' }),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditEntry');

export const AuditPageSchema = z
  .object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() })
  .openapi('AuditPage');
