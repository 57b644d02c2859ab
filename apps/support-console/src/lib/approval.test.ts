import { describe, expect, it } from 'vitest';
import { approvalState, isUsable } from './approval';

const now = new Date('2030-01-01T12:00:00Z');
const later = '2030-01-02T12:00:00Z';
const earlier = '2030-01-01T11:59:59Z';

describe('approvalState (R41)', () => {
  it.each([
    ['pending', later, 'pending'],
    ['approved', later, 'approved'],
    ['pending', earlier, 'expired'],
    ['approved', earlier, 'expired'],
    ['approved', '2030-01-01T12:00:00Z', 'expired'],
    ['denied', later, 'denied'],
    ['used', later, 'used'],
    ['used', earlier, 'used'],
    ['approved', 'not a date', 'expired'],
    ['expired', later, 'expired'],
  ])('%s until %s is %s', (status, until, state) => {
    expect(approvalState(status, until, now)).toBe(state);
  });

  it('only an approved request can be used', () => {
    expect(isUsable('approved')).toBe(true);
    for (const s of ['pending', 'denied', 'expired', 'used'] as const)
      expect(isUsable(s)).toBe(false);
  });
});
