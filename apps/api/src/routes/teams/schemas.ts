import { z } from '@hono/zod-openapi';
import { ReceiptSchema } from '../authz-schemas.js';
import { idSchema, NameSchema, OrgParamsSchema } from '../shared-schemas.js';

export const TeamSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    members: z.array(z.string()).openapi({ description: 'User ids.' }),
    createdAt: z.string(),
  })
  .openapi('Team');

export const TeamWriteSchema = TeamSchema.extend({ receipt: ReceiptSchema }).openapi('TeamWrite');

export const TeamListSchema = z
  .object({ items: z.array(TeamSchema), nextCursor: z.string().nullable() })
  .openapi('TeamList');

export const TeamBodySchema = z.object({ name: NameSchema }).openapi('TeamBody');

export const TeamParamsSchema = OrgParamsSchema.extend({
  team: idSchema('tem').openapi({ param: { name: 'team', in: 'path' } }),
});

export const TeamMemberParamsSchema = TeamParamsSchema.extend({
  user: idSchema('usr').openapi({ param: { name: 'user', in: 'path' } }),
});
