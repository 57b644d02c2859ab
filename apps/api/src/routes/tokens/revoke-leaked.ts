import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../context.js';
import { writeAudit } from '../../db/audit.js';
import { bumpAuthzVersion } from '../../db/authz-version.js';
import { writeOutbox } from '../../db/outbox.js';
import { findTokensByPrefixes, revokeToken } from '../../db/tokens.js';
import { apiTokenPrefix } from '../../lib/auth/api-token.js';
import { sameHash, sha256 } from '../../lib/auth/secrets.js';
import { errorResponses } from '../../lib/errors/index.js';
import { newId } from '../../lib/ids.js';
import { jsonBody, jsonContent } from '../shared-schemas.js';
import { LeakedBodySchema, LeakedResultSchema } from './schemas.js';

const route = createRoute({
  method: 'post',
  operationId: 'revokeLeakedTokens',
  path: '/v1/tokens/revoke-leaked',
  tags: ['tokens'],
  summary: 'Report leaked secrets (public, for secret scanners)',
  description:
    'Every live token whose whole secret is in the list is revoked and its user alerted (R22). ' +
    'The answer gives counts only, never which secrets existed.',
  request: { body: jsonBody(LeakedBodySchema) },
  responses: { 200: jsonContent(LeakedResultSchema, 'Processed.'), ...errorResponses },
});

export const registerRevokeLeaked = (app: App) =>
  app.openapi(route, async (c) => {
    const { secrets } = c.req.valid('json');
    const { db, now } = c.var.services;
    const wellFormed = [...new Set(secrets)].filter((s) => apiTokenPrefix(s) !== null);
    const candidates = await findTokensByPrefixes(
      db,
      wellFormed.map((s) => apiTokenPrefix(s)!),
    );
    const hashes = wellFormed.map(sha256);
    let revoked = 0;
    for (const token of candidates) {
      if (token.revokedAt || !hashes.some((h) => sameHash(h, token.secretHash))) continue;
      const done = await db.transaction().execute(async (trx) => {
        const row = await revokeToken(trx, token.id, now());
        if (!row) return false;
        await bumpAuthzVersion(trx, token.orgId);
        await writeOutbox(trx, {
          id: newId('alr'),
          recipientUserId: token.userId,
          orgId: token.orgId,
          kind: 'token_leaked',
          payload: { tokenId: token.id, name: token.name, prefix: token.prefix },
        });
        await writeAudit(trx, {
          orgId: token.orgId,
          actor: {},
          action: 'token.revoke_leaked',
          subject: { type: 'token', id: token.id },
          after: { revokedAt: now().toISOString(), reason: 'reported as leaked' },
        });
        return true;
      });
      if (done) revoked += 1;
    }
    return c.json({ received: secrets.length, revoked }, 200);
  });
