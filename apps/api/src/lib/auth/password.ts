import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2's default algorithm is argon2id (its `Algorithm` is a const enum, which
// isolatedModules cannot import); OWASP parameters: 19 MiB, 2 passes, 1 lane.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, options);

// Verified when the account does not exist, so timing does not reveal which e-mails exist.
let dummyHash: Promise<string> | undefined;

/** argon2id verification; `null` hash (unknown account) still costs one verification. */
export const verifyPassword = async (stored: string | null, password: string): Promise<boolean> => {
  if (stored === null) {
    dummyHash ??= hashPassword('mandate-dummy-password');
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
};
