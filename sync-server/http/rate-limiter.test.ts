import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from './rate-limiter';

describe('token bucket', () => {
  it('allows a burst of 2× the rate, then refuses until tokens refill at the rate', () => {
    let now = 1_000_000;
    const limiter = new TokenBucketLimiter(5, 2, () => now);
    const decisions = Array.from({ length: 11 }, () => limiter.take('k'));
    expect(decisions.slice(0, 10).every((d) => d.allowed)).toBe(true);
    expect(decisions[0]).toMatchObject({ limit: 10, remaining: 9 });
    expect(decisions[10]).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1, resetSeconds: 2 });
    now += 200; // one token back at 5/s
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
  });

  it('keeps keys apart and never exceeds the capacity after a long pause', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter(1, 2, () => now);
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
    now += 3_600_000;
    expect(limiter.take('a')).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('rejects a non-positive rate', () => {
    expect(() => new TokenBucketLimiter(0)).toThrow(RangeError);
  });
});

describe('token bucket minimum', () => {
  it('keeps at least two tokens for slow rates', () => {
    const limiter = new TokenBucketLimiter(3 / 60, 2, () => 0);
    expect(limiter.capacity).toBe(2);
    expect(limiter.take('k').allowed && limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k')).toMatchObject({ allowed: false, retryAfterSeconds: 20 });
  });
});
