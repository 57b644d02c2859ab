import { z } from '@hono/zod-openapi';
import { NameSchema } from '../shared-schemas.js';

export const CreateOrgBodySchema = z.object({ name: NameSchema }).openapi('CreateOrgBody');

export const OrganizationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    ownerId: z.string(),
    isOwner: z.boolean(),
    closedAt: z.string().datetime().nullable(),
    createdAt: z.string().datetime(),
    authzVersion: z
      .number()
      .int()
      .openapi({ description: 'Bumped by every change to who may do what (revocation receipts).' }),
  })
  .openapi('Organization');
