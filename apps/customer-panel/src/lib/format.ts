import type { Locale } from './i18n/messages';

const tag = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/**
 * A date and time for people, in the page's locale; `fallback` when absent or unreadable.
 * @example formatDateTime('2026-01-02T10:00:00Z', 'fr') // '02/01/2026 10:00'
 */
export function formatDateTime(
  iso: string | null | undefined,
  locale: Locale,
  fallback = '—',
  timeZone = 'UTC',
): string {
  if (!iso) return fallback;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return fallback;
  return new Intl.DateTimeFormat(tag(locale), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** A date without time. */
export function formatDate(
  iso: string | null | undefined,
  locale: Locale,
  fallback = '—',
  timeZone = 'UTC',
): string {
  if (!iso) return fallback;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return fallback;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone }).format(date);
}

/**
 * An amount of money given in minor units (cents).
 * @example formatMoney(-1250, 'EUR', 'fr') // '-12,50 €'
 */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { style: 'currency', currency }).format(minor / 100);
}

/**
 * "in 3 days", "2 hours ago"… relative to `now`.
 * @example formatRelative('2026-01-04T00:00:00Z', 'en', new Date('2026-01-01T00:00:00Z')) // 'in 3 days'
 */
export function formatRelative(
  iso: string | null | undefined,
  locale: Locale,
  now = new Date(),
  fallback = '—',
): string {
  if (!iso) return fallback;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return fallback;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(tag(locale), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86400 * 45) return rtf.format(Math.round(seconds / 86400), 'day');
  if (abs < 86400 * 365) return rtf.format(Math.round(seconds / (86400 * 30)), 'month');
  return rtf.format(Math.round(seconds / (86400 * 365)), 'year');
}

/** Masks a secret for display: keeps nothing but its length class. */
export const mask = (length = 12) => '•'.repeat(Math.min(Math.max(length, 8), 16));
