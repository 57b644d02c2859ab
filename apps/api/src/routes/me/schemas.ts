import { z } from '@hono/zod-openapi';

export const MeSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale: z.string(),
    mfaEnabled: z.boolean(),
    credential: z.object({
      kind: z.enum(['session', 'token']),
      mfa: z
        .boolean()
        .openapi({ description: 'Counts as a second factor for R7 (R23 for tokens).' }),
      orgId: z
        .string()
        .optional()
        .openapi({ description: 'The organization a token is bound to.' }),
    }),
  })
  .openapi('Me');

export const UpdateMeBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    locale: z.enum(['en', 'fr']).optional().openapi({ description: 'The panels’ language.' }),
  })
  .strict()
  .openapi('UpdateMeBody');

export const MfaEnrollmentSchema = z
  .object({
    secret: z.string().openapi({ description: 'Base32 TOTP secret, for manual entry.' }),
    otpauthUri: z.string().openapi({ description: 'otpauth:// URI to show as a QR code.' }),
  })
  .openapi('MfaEnrollment');

export const MfaConfirmBodySchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'must be 6 digits'),
  })
  .openapi('MfaConfirmBody');

export const RecoveryCodesSchema = z
  .object({
    recoveryCodes: z.array(z.string()).openapi({ description: 'Shown once; each works once.' }),
  })
  .openapi('RecoveryCodes');

export const MyOrganizationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['owner', 'member']),
    closed: z.boolean(),
  })
  .openapi('MyOrganization');

export const MyOrganizationsSchema = z
  .object({ organizations: z.array(MyOrganizationSchema) })
  .openapi('MyOrganizations');
