import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../context.js';
import { findSupportSession } from '../../db/support-agents.js';
import { clientIp } from '../client-ip.js';
import { ApiError } from '../errors/index.js';
import { isApiToken } from './api-token.js';
import { authenticateSession, type SessionOptions } from './authenticate-session.js';
import { authenticateToken } from './authenticate-token.js';
import { readBearer } from './bearer.js';
import type { AgentEnv, Caller, CallerEnv } from './caller.js';
import { isSupportToken, supportSessionId } from './support-token.js';

const missing = () =>
  new ApiError({ code: 'unauthorized', detail: 'Send Authorization: Bearer <credential>.' });

/** Credential failures count against the IP (brute force of token or session ids). */
const guarded = async <T, E extends AppEnv>(
  c: Context<E>,
  attempt: () => Promise<T>,
): Promise<T> => {
  const { limiters, now, trustProxy } = c.var.services;
  const key = `ip:${clientIp(c, trustProxy)}`;
  limiters.ip.assertAllowed([key], now().getTime());
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) limiters.ip.fail(key, now().getTime());
    throw error;
  }
};

const customerCredential = <E extends AppEnv>(c: Context<E>): string => {
  const bearer = readBearer(c);
  if (!bearer) throw missing();
  if (isSupportToken(bearer)) {
    throw new ApiError({
      code: 'wrong_realm',
      detail: 'Support credentials only work on /v1/support.',
    });
  }
  return bearer;
};

const resolveCaller = <E extends AppEnv>(
  c: Context<E>,
  sessionOnly: boolean,
  options: SessionOptions,
) =>
  guarded(c, async (): Promise<Caller> => {
    const bearer = customerCredential(c);
    if (isApiToken(bearer)) {
      if (sessionOnly) {
        throw new ApiError({ code: 'session_required', detail: 'API tokens cannot do this.' });
      }
      return authenticateToken(c.var.services, bearer);
    }
    return authenticateSession(c.var.services, bearer, options);
  });

/**
 * Route middleware: a customer session or an API token (`mnd_…`). Sets `c.var.caller`.
 * Runs before validation, so an anonymous request gets 401 before any 400.
 *
 * @example createRoute({ method: 'get', path: '/v1/…', middleware: [requireCaller] as const, … })
 */
export const requireCaller = createMiddleware<AppEnv & CallerEnv>(async (c, next) => {
  c.set('caller', await resolveCaller(c, false, {}));
  await next();
});

/** Route middleware: a customer session only (tokens get `session_required`). */
export const requireSession = createMiddleware<AppEnv & CallerEnv>(async (c, next) => {
  c.set('caller', await resolveCaller(c, true, {}));
  await next();
});

/** Only for the second step of sign-in: a session still waiting for its TOTP code. */
export const requirePendingSession = createMiddleware<AppEnv & CallerEnv>(async (c, next) => {
  c.set('caller', await resolveCaller(c, true, { allowPendingSecondFactor: true }));
  await next();
});

/** Route middleware of `/v1/support/*`: an `mss_` support session; customer credentials refused. */
export const requireAgent = createMiddleware<AppEnv & AgentEnv>(async (c, next) => {
  const agent = await guarded(c, async () => {
    const bearer = readBearer(c);
    if (!bearer) throw missing();
    if (!isSupportToken(bearer)) {
      throw new ApiError({ code: 'wrong_realm', detail: 'Support routes need a support session.' });
    }
    const session = await findSupportSession(c.var.services.db, supportSessionId(bearer));
    if (!session || session.expiresAt <= c.var.services.now()) {
      throw new ApiError({
        code: 'session_expired',
        detail: 'The support session is unknown or expired.',
      });
    }
    return {
      agentId: session.agentId,
      sessionId: session.id,
      email: session.email,
      name: session.name,
    };
  });
  c.set('agent', agent);
  await next();
});
