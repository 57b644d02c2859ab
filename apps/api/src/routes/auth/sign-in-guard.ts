import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { clientIp } from '../../lib/client-ip.js';

/**
 * Failure accounting of sign-in and TOTP: per account and per IP, a sliding window that
 * answers 429 with Retry-After once either is exhausted.
 */
export const signInGuard = <E extends AppEnv>(c: Context<E>, account: string) => {
  const { limiters, now, trustProxy } = c.var.services;
  const accountKey = `acct:${account.toLowerCase()}`;
  const ipKey = `ip:${clientIp(c, trustProxy)}`;
  return {
    check: () => {
      limiters.account.assertAllowed([accountKey], now().getTime());
      limiters.ip.assertAllowed([ipKey], now().getTime());
    },
    fail: () => {
      limiters.account.fail(accountKey, now().getTime());
      limiters.ip.fail(ipKey, now().getTime());
    },
    succeed: () => limiters.account.reset(accountKey),
  };
};
