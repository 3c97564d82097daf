// Retry timing rules (pure): ±10 % jitter around the schedule, Retry-After stretches a delay up to the
// cap and never shortens it; Retry-After parsing; error classification of network failures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelay } from './webhook-dispatcher';
import { classifyError, parseRetryAfter } from './webhook-sender';

const HOUR = 3_600_000;
const policy = { retrySchedule: [5 * 60_000, 30 * 60_000, 2 * HOUR, 12 * HOUR], retryAfterCapMs: 12 * HOUR };

describe('retry delays', () => {
  it('stays within ±10 % of the schedule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, r) => {
        const base = policy.retrySchedule[retry - 1]!;
        const delay = retryDelay(policy, retry, null, () => r);
        return delay >= base * 0.9 - 1 && delay <= base * 1.1 + 1;
      }),
    );
  });

  it('is max(schedule, Retry-After), Retry-After capped at 12 h', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 48 * HOUR }), (retry, retryAfter) => {
        const plain = retryDelay(policy, retry, null, () => 0.5);
        const delay = retryDelay(policy, retry, retryAfter, () => 0.5);
        return delay === Math.max(plain, Math.min(retryAfter, policy.retryAfterCapMs));
      }),
    );
    expect(retryDelay(policy, 1, 3_600_000, () => 0.5)).toBe(3_600_000);
    expect(retryDelay(policy, 1, 86_400_000, () => 0.5)).toBe(12 * HOUR);
  });
});

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates, and ignores nonsense', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(['7'])).toBe(7000);
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });
});

describe('error classes', () => {
  const coded = (code: string, message = code) => Object.assign(new Error(message), { code });
  it('finds the cause through wrappers and aggregate errors', () => {
    expect(classifyError(coded('ECONNREFUSED')).errorClass).toBe('connection_refused');
    expect(classifyError(new TypeError('fetch failed', { cause: coded('ENOTFOUND') })).errorClass).toBe('dns');
    expect(classifyError(new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')])).errorClass).toBe('connection_refused');
    expect(classifyError(coded('UND_ERR_HEADERS_TIMEOUT')).errorClass).toBe('timeout');
    expect(classifyError(new DOMException('aborted', 'TimeoutError')).errorClass).toBe('timeout');
    expect(classifyError(coded('DEPTH_ZERO_SELF_SIGNED_CERT')).errorClass).toBe('tls');
    expect(classifyError(coded('ERR_TLS_CERT_ALTNAME_INVALID')).errorClass).toBe('tls');
    expect(classifyError(coded('ERR_WEBHOOK_BLOCKED_ADDRESS')).errorClass).toBe('blocked_address');
    expect(classifyError(coded('ECONNRESET', 'socket hang up'))).toEqual({ errorClass: 'connection_error', message: 'socket hang up' });
  });
});
