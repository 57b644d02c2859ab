import type { Level, Scope } from '@mandate/core';
import { catalog } from '@mandate/core';
import type { MessageKey } from './i18n/messages';

/** A parsed form: clean values, or message keys per field for what is wrong. */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; errors: Partial<Record<string, MessageKey>>; values: Record<string, string> };

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD = 10;

/** Sign-up: name, e-mail, password (the API accepts 10 characters and more). */
export function parseSignUp(
  form: FormData,
): Parsed<{ name: string; email: string; password: string }> {
  const values = { name: text(form, 'name'), email: text(form, 'email') };
  const password = String(form.get('password') ?? '');
  const errors: Partial<Record<string, MessageKey>> = {};
  if (!values.name) errors.name = 'auth.required';
  if (!values.email) errors.email = 'auth.required';
  else if (!emailPattern.test(values.email)) errors.email = 'auth.invalidEmail';
  if (!password) errors.password = 'auth.required';
  else if (password.length < MIN_PASSWORD) errors.password = 'auth.passwordShort';
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, value: { ...values, password } };
}

/** Sign-in: e-mail and password present. */
export function parseSignIn(form: FormData): Parsed<{ email: string; password: string }> {
  const email = text(form, 'email');
  const password = String(form.get('password') ?? '');
  const errors: Partial<Record<string, MessageKey>> = {};
  if (!email) errors.email = 'auth.required';
  else if (!emailPattern.test(email)) errors.email = 'auth.invalidEmail';
  if (!password) errors.password = 'auth.required';
  if (Object.keys(errors).length > 0) return { ok: false, errors, values: { email } };
  return { ok: true, value: { email, password } };
}

/** A second-factor code: 6 digits, or a recovery code; spaces removed. */
export function parseCode(form: FormData): Parsed<{ code: string }> {
  const code = text(form, 'code').replace(/\s+/g, '');
  if (!code) return { ok: false, errors: { code: 'auth.required' }, values: { code } };
  if (code.length < 6) return { ok: false, errors: { code: 'auth.badCode' }, values: { code } };
  return { ok: true, value: { code } };
}

/**
 * Encodes a scope as one form value: `org`, `project:<id>`, `server:<id>`.
 * @example scopeKey({ project: 'prj_1' }) // 'project:prj_1'
 */
export function scopeKey(scope: Scope): string {
  if ('project' in scope) return `project:${scope.project}`;
  if ('server' in scope) return `server:${scope.server}`;
  return 'org';
}

/** The inverse of `scopeKey`; `null` for anything else. */
export function parseScope(value: string | null | undefined): Scope | null {
  if (!value || value === 'org') return value === 'org' ? { org: true } : null;
  const [kind, id] = value.split(':', 2);
  if (!id) return null;
  if (kind === 'project') return { project: id };
  if (kind === 'server') return { server: id };
  return null;
}

const isLevel = (v: unknown): v is Level => (catalog.levels as readonly unknown[]).includes(v);

/**
 * The levels chosen in a permission editor: one `level.<section>` radio group per section.
 * Sections left at `none` are dropped (a grant names what it gives). Unknown sections are ignored.
 */
export function parseLevels(form: FormData, sections: readonly string[]): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const id of sections) {
    const v = form.get(`level.${id}`);
    if (isLevel(v) && v !== 'none') out[id] = v;
  }
  return out;
}

/** A `datetime-local` or date value as an ISO instant (UTC); `undefined` when empty; `null` when unreadable. */
export function parseExpiry(value: FormDataEntryValue | null): string | undefined | null {
  const raw = String(value ?? '').trim();
  if (!raw) return undefined;
  const withTime = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T23:59` : raw;
  const date = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(withTime) ? withTime : `${withTime}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The value of a `datetime-local` input for an ISO instant (UTC). */
export const toDateTimeLocal = (iso: string | null | undefined): string =>
  iso && !Number.isNaN(new Date(iso).getTime()) ? new Date(iso).toISOString().slice(0, 16) : '';

/** A checkbox is on when present with any value but "false"/"off". */
export const checked = (form: FormData, key: string) => {
  const v = form.get(key);
  return v !== null && v !== 'false' && v !== 'off';
};

export const MIN_PAYMENT_CENTS = 100;
export const MAX_PAYMENT_CENTS = 10_000_000;

/** An amount typed in euros ("50", "12.5", "12,50" in French) as cents, within the API's bounds. */
export function parseAmount(form: FormData): Parsed<{ amountCents: number }> {
  const amount = text(form, 'amount').replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(amount);
  const cents = match
    ? Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'))
    : Number.NaN;
  if (!(cents >= MIN_PAYMENT_CENTS && cents <= MAX_PAYMENT_CENTS)) {
    return { ok: false, errors: { amount: 'billing.amountInvalid' }, values: { amount } };
  }
  return { ok: true, value: { amountCents: cents } };
}
