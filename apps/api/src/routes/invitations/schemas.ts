import { z } from '@hono/zod-openapi';
import { EmailSchema } from '../auth/schemas.js';
import { LevelSchema, ReceiptSchema, ScopeSchema } from '../authz-schemas.js';
import { GrantTermsSchema } from '../grants/schemas.js';
import { idSchema, OrgParamsSchema } from '../shared-schemas.js';

export const InvitationGrantSchema = GrantTermsSchema.extend({
  scope: ScopeSchema.default({ org: true }),
}).openapi('InvitationGrant');

export const InviteBodySchema = z
  .object({ email: EmailSchema, grants: z.array(InvitationGrantSchema).min(1).max(50) })
  .openapi('InviteBody');

export const InvitationStateSchema = z
  .enum(['pending', 'accepted', 'expired', 'revoked'])
  .openapi('InvitationState');

export const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    state: InvitationStateSchema,
    invitedBy: z.string(),
    expiresAt: z.string(),
    createdAt: z.string(),
    grants: z.array(
      z.object({
        id: z.string(),
        scope: ScopeSchema,
        role: z.string().nullable(),
        levels: z.record(z.string(), LevelSchema).nullable(),
        requireMfa: z.boolean(),
        expiresAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('Invitation');

export const InvitationWriteSchema = InvitationSchema.extend({
  credentialsWarning: z.boolean(),
  receipt: ReceiptSchema,
}).openapi('InvitationWrite');

export const PublicInvitationSchema = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    email: z.string(),
    state: InvitationStateSchema,
    expiresAt: z.string(),
  })
  .openapi('PublicInvitation');

export const AcceptedSchema = z
  .object({ orgId: z.string(), receipt: ReceiptSchema })
  .openapi('InvitationAccepted');

export const InvitationTokenParamsSchema = z.object({
  token: z
    .string()
    .regex(/^mni_[0-9a-z]{40}$/, 'must be an invitation token')
    .openapi({ param: { name: 'token', in: 'path' } }),
});

export const InvitationParamsSchema = OrgParamsSchema.extend({
  id: idSchema('inv').openapi({ param: { name: 'id', in: 'path' } }),
});
