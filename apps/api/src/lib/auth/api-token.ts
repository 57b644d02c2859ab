import { randomText } from '../ids.js';
import { sha256 } from './secrets.js';

/** R22: a recognizable prefix so secret scanners can find leaked tokens. */
export const API_TOKEN_PREFIX = 'mnd_';
const LOOKUP_LENGTH = 12;
const SECRET_LENGTH = 32;
const TOKEN_PATTERN = /^mnd_[0-9a-z]{44}$/;

export interface IssuedSecret {
  /** The whole secret: shown once, never stored. */
  secret: string;
  /** `mnd_` + 12 characters: stored in clear, used for lookup and shown in listings. */
  prefix: string;
  /** SHA-256 of the whole secret: the only stored form (R22). */
  hash: string;
}

export const newApiTokenSecret = (): IssuedSecret => {
  const prefix = `${API_TOKEN_PREFIX}${randomText(LOOKUP_LENGTH)}`;
  const secret = `${prefix}${randomText(SECRET_LENGTH)}`;
  return { secret, prefix, hash: sha256(secret) };
};

/** The lookup prefix of a well-formed token, else null. */
export const apiTokenPrefix = (secret: string): string | null =>
  TOKEN_PATTERN.test(secret) ? secret.slice(0, API_TOKEN_PREFIX.length + LOOKUP_LENGTH) : null;

export const isApiToken = (bearer: string): boolean => bearer.startsWith(API_TOKEN_PREFIX);

/** R22: default 90 days, at most 365 (an organization policy may lower the maximum). */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;
