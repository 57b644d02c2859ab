import { z } from '@hono/zod-openapi';
import { NameSchema } from '../shared-schemas.js';

export const EmailSchema = z.string().trim().max(254).email();
export const PasswordSchema = z.string().min(10).max(200);

export const SignUpBodySchema = z
  .object({
    email: EmailSchema,
    password: PasswordSchema,
    name: NameSchema,
    locale: z.enum(['en', 'fr']).default('en'),
    invitation: z
      .string()
      .regex(/^mni_[0-9a-z]{40}$/, 'must be an invitation token')
      .optional()
      .openapi({ description: 'Accept this invitation with the new profile (R33).' }),
  })
  .openapi('SignUpBody');

export const SignInBodySchema = z
  .object({ email: EmailSchema, password: z.string().min(1).max(200) })
  .openapi('SignInBody');

export const SessionSchema = z
  .object({
    sessionToken: z.string().openapi({ description: 'Send as `Authorization: Bearer …`.' }),
    mfaRequired: z.boolean().openapi({
      description: 'True: finish with POST /v1/auth/totp/verify before anything else.',
    }),
    expiresAt: z.string().datetime(),
    userId: z.string(),
  })
  .openapi('Session');

export const TotpVerifyBodySchema = z
  .object({
    code: z
      .string()
      .trim()
      .min(6)
      .max(20)
      .openapi({ description: 'A 6-digit TOTP code or a recovery code (xxxxx-xxxxx).' }),
  })
  .openapi('TotpVerifyBody');

export const SignedInSchema = z.object({ mfa: z.boolean() }).openapi('SecondFactorResult');
