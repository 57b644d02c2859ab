import { z } from '@hono/zod-openapi';
import { InvitationSchema } from '../invitations/schemas.js';
import { idSchema, OrgParamsSchema } from '../shared-schemas.js';
import { TeamSchema } from '../teams/schemas.js';

export const MemberUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    isOwner: z.boolean(),
    teams: z.array(z.string()).openapi({ description: 'Ids of the teams it belongs to.' }),
    since: z.string(),
  })
  .openapi('MemberUser');

export const MembersSchema = z
  .object({
    users: z.array(MemberUserSchema),
    teams: z.array(TeamSchema),
    invitations: z.array(InvitationSchema).openapi({ description: 'Pending and expired ones.' }),
  })
  .openapi('Members');

export const MemberParamsSchema = OrgParamsSchema.extend({
  user: idSchema('usr').openapi({ param: { name: 'user', in: 'path' } }),
});
