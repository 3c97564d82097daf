import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { encodeCrockford128, isId, newId } from './ids';

describe('ids', () => {
  it('are prefixed, 26 Crockford characters, and unique', () => {
    const ids = Array.from({ length: 2000 }, () => newId('ord'));
    for (const id of ids) expect(isId(id, 'ord')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sort by creation as plain strings, within a millisecond and across milliseconds', () => {
    const sameMs = [newId('evt'), newId('evt')];
    expect([...sameMs].reverse().sort()).toEqual(sameMs);
    // The clock moves on by 3 ms without waiting for it.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const first = newId('evt');
      vi.setSystemTime(Date.now() + 3);
      const second = newId('evt');
      expect([second, first].sort()).toEqual([first, second]);
      expect(second.slice(4, 14)).not.toBe(first.slice(4, 14)); // a later timestamp, not just the counter
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks shape and prefix', () => {
    expect(isId(newId('loc'), 'prd')).toBe(false);
    expect(isId(newId('loc'))).toBe(true);
    expect(isId('loc_123')).toBe(false);
    expect(isId('loc_0000000000000000000000000I')).toBe(false); // I is not Crockford
    expect(isId(42)).toBe(false);
  });

  it('encodes 128 bits order-preservingly', () => {
    expect(encodeCrockford128(new Uint8Array(16))).toBe('0'.repeat(26));
    expect(encodeCrockford128(new Uint8Array(16).fill(255))).toBe('7' + 'Z'.repeat(25));
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), (a, b) => {
        const byBytes = Buffer.compare(Buffer.from(a), Buffer.from(b));
        const ea = encodeCrockford128(a);
        const eb = encodeCrockford128(b);
        const byText = ea < eb ? -1 : ea > eb ? 1 : 0;
        expect(byText).toBe(byBytes);
      }),
    );
  });
});
