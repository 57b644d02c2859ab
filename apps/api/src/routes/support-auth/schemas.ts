import { z } from '@hono/zod-openapi';

export const SupportSignInBodySchema = z
  .object({
    email: z.string().trim().max(254).email(),
    password: z.string().min(1).max(200),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'must be 6 digits')
      .openapi({ description: 'The agent’s TOTP code: staff sign-in always needs it.' }),
  })
  .openapi('SupportSignInBody');

export const SupportSessionSchema = z
  .object({
    sessionToken: z
      .string()
      .openapi({ description: '`mss_…`: only accepted on /v1/support routes.' }),
    expiresAt: z.string().datetime(),
    agentId: z.string(),
  })
  .openapi('SupportSession');

export const SupportAgentSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string() })
  .openapi('SupportAgent');
