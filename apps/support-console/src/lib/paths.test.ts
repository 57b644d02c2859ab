import { describe, expect, it } from 'vitest';
import { caseHref, readMfa, safeNext } from './paths';

describe('safeNext', () => {
  it.each([
    ['/case/o/u?mfa=yes', '/case/o/u?mfa=yes'],
    ['//evil.example/x', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    [null, '/'],
  ])('%s -> %s', (input, out) => expect(safeNext(input)).toBe(out));
});

describe('caseHref and readMfa (R42)', () => {
  it('carries the second factor in every link', () => {
    const href = caseHref('org_1', 'usr 2', true, '/cell', { section: 'databases', project: 'p' });
    expect(href).toBe('/case/org_1/usr%202/cell?mfa=yes&section=databases&project=p');
    expect(readMfa(new URL(`http://x${href}`))).toBe(true);
  });

  it('fails closed: anything but yes is no second factor', () => {
    expect(readMfa(new URL('http://x/case/o/u'))).toBe(false);
    expect(readMfa(new URL('http://x/case/o/u?mfa=1'))).toBe(false);
    expect(caseHref('o', 'u', false)).toBe('/case/o/u?mfa=no');
  });
});
