import { randomText } from '../ids.js';
import { sha256 } from './secrets.js';

const COUNT = 10;

/** Ten single-use recovery codes (`xxxxx-xxxxx`), shown once; only their hashes are stored. */
export const newRecoveryCodes = (): { codes: string[]; hashes: string[] } => {
  const codes = Array.from({ length: COUNT }, () => `${randomText(5)}-${randomText(5)}`);
  return { codes, hashes: codes.map(hashRecoveryCode) };
};

export const hashRecoveryCode = (code: string): string => sha256(code.trim().toLowerCase());

export const looksLikeRecoveryCode = (code: string): boolean =>
  /^[0-9a-z]{5}-[0-9a-z]{5}$/.test(code.trim().toLowerCase());
