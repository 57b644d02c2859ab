import { describe, expect, it } from 'vitest';
import {
  checked,
  parseAmount,
  parseCode,
  parseExpiry,
  parseLevels,
  parseScope,
  parseSignIn,
  parseSignUp,
  scopeKey,
  toDateTimeLocal,
} from './forms';

const fd = (entries: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(entries)) form.append(k, v);
  return form;
};

describe('forms', () => {
  it('validates sign-up fields with an error per field', () => {
    const bad = parseSignUp(fd({ name: ' ', email: 'nope', password: 'short' }));
    expect(bad).toEqual({
      ok: false,
      errors: { name: 'auth.required', email: 'auth.invalidEmail', password: 'auth.passwordShort' },
      values: { name: '', email: 'nope' },
    });
    const good = parseSignUp(fd({ name: 'Ann', email: 'ann@x.io', password: '0123456789' }));
    expect(good).toEqual({
      ok: true,
      value: { name: 'Ann', email: 'ann@x.io', password: '0123456789' },
    });
  });

  it('never echoes the password back', () => {
    const bad = parseSignIn(fd({ email: '', password: 'secret' }));
    expect(JSON.stringify(bad)).not.toContain('secret');
  });

  it('accepts TOTP and recovery codes, without spaces', () => {
    expect(parseCode(fd({ code: '123 456' }))).toEqual({ ok: true, value: { code: '123456' } });
    expect(parseCode(fd({ code: 'abcde-12345' }))).toEqual({
      ok: true,
      value: { code: 'abcde-12345' },
    });
    expect(parseCode(fd({ code: '12' })).ok).toBe(false);
  });

  it('round-trips scopes through one form value', () => {
    for (const scope of [{ org: true as const }, { project: 'prj_1' }, { server: 'srv_2' }]) {
      expect(parseScope(scopeKey(scope))).toEqual(scope);
    }
    expect(parseScope('team:x')).toBeNull();
    expect(parseScope('project:')).toBeNull();
    expect(parseScope('')).toBeNull();
  });

  it('reads one level per section and drops none and junk', () => {
    const form = fd({
      'level.databases': 'read',
      'level.sites': 'manage',
      'level.ftp': 'none',
      'level.emails': 'admin',
      'level.other': 'read',
    });
    expect(parseLevels(form, ['databases', 'sites', 'ftp', 'emails'])).toEqual({
      databases: 'read',
      sites: 'manage',
    });
  });

  it('reads an expiry as a UTC instant', () => {
    expect(parseExpiry('2026-03-01T12:30')).toBe('2026-03-01T12:30:00.000Z');
    expect(parseExpiry('2026-03-01')).toBe('2026-03-01T23:59:00.000Z');
    expect(parseExpiry('')).toBeUndefined();
    expect(parseExpiry('tomorrow')).toBeNull();
    expect(toDateTimeLocal('2026-03-01T12:30:00.000Z')).toBe('2026-03-01T12:30');
  });

  it('reads checkboxes', () => {
    expect(checked(fd({ mfa: 'on' }), 'mfa')).toBe(true);
    expect(checked(fd({}), 'mfa')).toBe(false);
  });

  it('parses an amount in euros as cents, English or French decimals, within 1.00–100,000.00', () => {
    const cents = (amount: string) => {
      const r = parseAmount(fd({ amount }));
      return r.ok ? r.value.amountCents : null;
    };
    expect(cents('50')).toBe(5000);
    expect(cents('12.5')).toBe(1250);
    expect(cents('12,05')).toBe(1205);
    expect(cents(' 1 000,00 ')).toBe(100_000);
    expect(cents('100000')).toBe(10_000_000);
    for (const bad of ['', '0.99', '100000.01', '-5', '1.234', 'abc', '1e3', '12.']) {
      expect(cents(bad)).toBeNull();
    }
  });
});
