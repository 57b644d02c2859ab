import { describe, expect, it } from 'vitest';
import { pickLocale, safeRedirect } from './session';

describe('session helpers', () => {
  it('remembers the cookie locale first, then the browser preference', () => {
    expect(pickLocale('fr', 'en-GB,en;q=0.9')).toBe('fr');
    expect(pickLocale(undefined, 'fr-CA,fr;q=0.9,en;q=0.5')).toBe('fr');
    expect(pickLocale('de', 'de-DE,es')).toBe('en');
    expect(pickLocale(undefined, null)).toBe('en');
  });
  it('redirects only to same-site paths', () => {
    expect(safeRedirect('/orgs/o1')).toBe('/orgs/o1');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('/\\evil')).toBe('/');
    expect(safeRedirect(null, '/orgs')).toBe('/orgs');
  });
});
