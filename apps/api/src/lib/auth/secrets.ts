import { createHash, timingSafeEqual } from 'node:crypto';

/** SHA-256 hex: for high-entropy secrets (API tokens, recovery codes, links) a slow hash adds nothing. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export const sameHash = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};
