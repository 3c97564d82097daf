import type * as NodeCrypto from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The bytes the next randomBytes() call returns, when a test sets them (otherwise real randomness).
let scripted: number[] | null = null;
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof NodeCrypto>();
  return { ...real, randomBytes: (n: number) => (scripted ? Buffer.from(Array.from({ length: n }, () => scripted!.shift() ?? 0)) : real.randomBytes(n)) };
});

const { BASE62, randomString, sha256Hex } = await import('./tokens');

describe('tokens', () => {
  beforeEach(() => {
    scripted = null;
  });

  it('draws only from the alphabet, at the length asked', () => {
    const token = randomString(40);
    expect(token).toHaveLength(40);
    expect([...token].every((c) => BASE62.includes(c))).toBe(true);
    expect(randomString(8, '23456789ABCDEFGHJKMNPQRSTUVWXYZ')).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
  });

  it('drops bytes above the largest multiple of the alphabet size (no modulo bias)', () => {
    // 62 × 4 = 248: bytes 248..255 would make the first 8 characters likelier; they are skipped.
    scripted = [248, 255, 0, 61, 62, 247];
    expect(randomString(4)).toBe(`${BASE62[0]}${BASE62[61]}${BASE62[0]}${BASE62[247 % 62]}`);
    scripted = [255, 254, 1];
    expect(randomString(2, 'abc')).toBe('cb'); // 255 dropped (3 × 85 = 255), 254 % 3 = 2, 1 % 3 = 1
  });

  it('refuses an alphabet it cannot sample uniformly', () => {
    expect(() => randomString(4, 'a')).toThrow(RangeError);
  });

  it('hashes secrets as hex sha256 of their UTF-8 bytes', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('ü')).toHaveLength(64);
  });
});
