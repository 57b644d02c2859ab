import { ApiError } from '../errors/index.js';

/**
 * In-memory sliding window of failures per key (an account, an IP). One instance per app;
 * several instances each count their own share, which only makes the limit looser, never wrong.
 */
export class FailureLimiter {
  readonly #failures = new Map<string, number[]>();
  readonly #max: number;
  readonly #windowMs: number;

  constructor(max: number, windowMs: number) {
    this.#max = max;
    this.#windowMs = windowMs;
  }

  #recent(key: string, now: number): number[] {
    const since = now - this.#windowMs;
    const kept = (this.#failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, kept);
    return kept;
  }

  /** Seconds until the key may try again, or 0. */
  retryAfter(key: string, now: number): number {
    const recent = this.#recent(key, now);
    if (recent.length < this.#max) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.#windowMs - now) / 1000));
  }

  fail(key: string, now: number): void {
    this.#failures.set(key, [...this.#recent(key, now), now]);
  }

  reset(key: string): void {
    this.#failures.delete(key);
  }

  /** Throws 429 with Retry-After when any of the keys is over its limit. */
  assertAllowed(keys: string[], now: number): void {
    const wait = Math.max(0, ...keys.map((k) => this.retryAfter(k, now)));
    if (wait > 0) {
      throw new ApiError({
        code: 'rate_limited',
        detail: 'Too many failed attempts. Try again later.',
        headers: { 'retry-after': String(wait) },
      });
    }
  }
}

export interface Limiters {
  /** sign-in and TOTP failures per account: 10 per 15 minutes */
  account: FailureLimiter;
  /** every credential failure per IP: 50 per 15 minutes */
  ip: FailureLimiter;
}

export const createLimiters = (): Limiters => ({
  account: new FailureLimiter(10, 15 * 60_000),
  ip: new FailureLimiter(50, 15 * 60_000),
});
