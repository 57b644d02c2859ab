import type { z } from '@hono/zod-openapi';
import type { TokenRow } from '../../db/tokens.js';
import type { TokenCapSchema } from './schemas.js';

type TokenCap = z.infer<typeof TokenCapSchema>;

export const toToken = (t: TokenRow) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  userId: t.userId,
  orgId: t.orgId,
  cap: t.cap as TokenCap | null,
  mfa: t.issuedWithMfa,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  expiresAt: t.expiresAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});
