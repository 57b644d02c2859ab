import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Random base-36 text of `length` characters (rejection-free: 36 divides nothing, bias < 0.4%). */
export const randomText = (length: number): string => {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
};

/**
 * A prefixed random id, readable in logs and URLs.
 *
 * @example newId('org') // 'org_3k9x…' (20 random characters)
 */
export const newId = (prefix: string): string => `${prefix}_${randomText(20)}`;
