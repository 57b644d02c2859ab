import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Mandate';

const totpFor = (secretBase32: string, label: string) =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });

/** A new TOTP secret and the otpauth:// URI an authenticator app scans. */
export const newTotpSecret = (label: string): { secret: string; uri: string } => {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, label).toString() };
};

/** Accepts the current code and one period either side (clock drift). */
export const verifyTotp = (secretBase32: string, code: string, now: Date): boolean => {
  if (!/^\d{6}$/.test(code)) return false;
  const delta = totpFor(secretBase32, '').validate({
    token: code,
    timestamp: now.getTime(),
    window: 1,
  });
  return delta !== null;
};

/** The current code: for tests and the demo seed. */
export const currentTotp = (secretBase32: string, now: Date = new Date()): string =>
  totpFor(secretBase32, '').generate({ timestamp: now.getTime() });
