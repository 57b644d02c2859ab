import { describe, expect, it } from 'vitest';
import { readTarget } from './target';

describe('readTarget', () => {
  it('keeps the place the section scope uses', () => {
    expect(readTarget(new URLSearchParams('section=databases&project=p1&server=s1'))).toEqual({
      section: 'databases',
      project: 'p1',
    });
    expect(readTarget(new URLSearchParams('section=firewall&project=p1&server=s1'))).toEqual({
      section: 'firewall',
      server: 's1',
    });
    expect(readTarget(new URLSearchParams('section=billing&project=p1'))).toEqual({
      section: 'billing',
    });
  });

  it('refuses unknown sections and missing places', () => {
    expect(readTarget(new URLSearchParams('section=nope'))).toBeNull();
    expect(readTarget(new URLSearchParams('section=databases'))).toBeNull();
    expect(readTarget(new URLSearchParams('section=firewall'))).toBeNull();
  });
});
