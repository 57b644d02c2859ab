import { describe, expect, it } from 'vitest';
import { messages, pickLocale, supportReason, t } from './messages';

describe('messages', () => {
  it('has the same keys in English and French', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k],
      );
    expect(keys(messages.fr).sort()).toEqual(keys(messages.en).sort());
  });

  it('has no empty string', () => {
    const strings = (o: object): unknown[] =>
      Object.values(o).flatMap((v) => (v && typeof v === 'object' ? strings(v) : [v]));
    for (const lang of ['en', 'fr'] as const) {
      expect(strings(messages[lang]).filter((s) => s === '')).toEqual([]);
    }
  });

  it('formats with parameters', () => {
    expect(t('fr').ticketOpened(2)).toContain('2 contacts');
    expect(t('en').ticketOpened(1)).toContain('1 technical contact alerted');
  });
});

describe('pickLocale', () => {
  it('prefers the remembered cookie', () => expect(pickLocale('fr', 'en-GB')).toBe('fr'));
  it('falls back to the browser', () => expect(pickLocale(undefined, 'fr-CH,fr;q=0.9')).toBe('fr'));
  it('ignores unknown values', () => expect(pickLocale('de', 'de-DE,es')).toBe('en'));
});

describe('supportReason', () => {
  it('speaks about the requester for the reasons of assessSupport', () => {
    expect(supportReason('no_grant', 'en')).toBe('The requester has no access here.');
    expect(supportReason('owner', 'fr')).toContain('propriétaire');
  });
  it('falls back to core’s label for any other code', () => {
    expect(supportReason('level_too_low', 'en')).not.toBe('level_too_low');
  });
});
