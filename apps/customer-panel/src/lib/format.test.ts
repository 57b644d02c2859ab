import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatRelative, mask } from './format';

describe('format', () => {
  it('formats date and time per locale, in UTC by default', () => {
    expect(formatDateTime('2026-01-02T10:05:00Z', 'fr')).toBe('02/01/2026 10:05');
    expect(formatDateTime('2026-01-02T10:05:00Z', 'en')).toBe('02/01/2026, 10:05');
  });
  it('falls back when the date is absent or unreadable', () => {
    expect(formatDateTime(null, 'en')).toBe('—');
    expect(formatDate('not a date', 'fr', 'jamais')).toBe('jamais');
  });
  it('formats money from minor units', () => {
    expect(formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56');
    expect(formatMoney(-1250, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('-12,50 €');
  });
  it('says how far a date is', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(formatRelative('2026-01-04T00:00:00Z', 'en', now)).toBe('in 3 days');
    expect(formatRelative('2025-12-31T22:00:00Z', 'fr', now)).toBe('il y a 2 heures');
  });
  it('masks secrets without revealing their length exactly', () => {
    expect(mask(3)).toBe('••••••••');
    expect(mask(40)).toHaveLength(16);
  });
});
