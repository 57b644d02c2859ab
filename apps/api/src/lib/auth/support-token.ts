import { randomText } from '../ids.js';
import { sha256 } from './secrets.js';

/** Support realm credentials carry their own prefix; they are refused outside `/v1/support`. */
export const SUPPORT_TOKEN_PREFIX = 'mss_';

export const newSupportToken = (): { secret: string; id: string } => {
  const secret = `${SUPPORT_TOKEN_PREFIX}${randomText(40)}`;
  // The stored session id is the hash: a database leak gives no usable support credential.
  return { secret, id: sha256(secret) };
};

export const supportSessionId = (secret: string): string => sha256(secret);

export const isSupportToken = (bearer: string): boolean => bearer.startsWith(SUPPORT_TOKEN_PREFIX);

/** Support shifts are short: 12 hours. */
export const SUPPORT_SESSION_MS = 12 * 60 * 60 * 1000;
