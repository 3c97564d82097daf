import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashPin, verifyPin } from './pin-hash';

describe('pin hash', () => {
  it('verifies the right PIN and rejects a wrong one', async () => {
    const stored = await hashPin('1234', undefined, 1000);
    expect(stored).toMatch(/^pbkdf2\$sha256\$1000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPin('1234', stored)).toBe(true);
    expect(await verifyPin('1235', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts: the same PIN hashes differently, and a given salt is deterministic', async () => {
    const a = await hashPin('0000', undefined, 1000);
    const b = await hashPin('0000', undefined, 1000);
    expect(a).not.toBe(b);
    const salt = 'AAAAAAAAAAAAAAAAAAAAAA==';
    expect(await hashPin('0000', salt, 1000)).toBe(await hashPin('0000', salt, 1000));
  });

  it('matches an independent PBKDF2 computation (node:crypto)', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const stored = await hashPin('987654', salt.toString('base64'), 2000);
    const expected = pbkdf2Sync('987654', salt, 2000, 32, 'sha256').toString('base64');
    expect(stored.split('$')[4]).toBe(expected);
  });

  it('rejects malformed hashes and bad arguments without throwing from verify', async () => {
    for (const bad of ['', 'plain', 'pbkdf2$sha1$1000$AA==$AA==', 'pbkdf2$sha256$0$AA==$AA==', 'pbkdf2$sha256$1000$!!$AA==', 'pbkdf2$sha256$1000$AA==$AA==']) {
      expect(await verifyPin('1234', bad)).toBe(false);
    }
    await expect(hashPin('')).rejects.toThrow(RangeError);
    await expect(hashPin('1', undefined, 0)).rejects.toThrow(RangeError);
  });

  describe('without WebCrypto subtle (a browser till over plain http on the LAN)', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('verifies hashes written with WebCrypto, and writes hashes WebCrypto verifies', async () => {
      const written = await hashPin('2468', 'c2FsdHNhbHRzYWx0c2FsdA==', 1500);
      const webCrypto = globalThis.crypto;
      vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array<ArrayBuffer>) => webCrypto.getRandomValues(bytes) });
      expect(globalThis.crypto.subtle).toBeUndefined();
      expect(await verifyPin('2468', written)).toBe(true);
      expect(await verifyPin('2469', written)).toBe(false);
      expect(await hashPin('2468', 'c2FsdHNhbHRzYWx0c2FsdA==', 1500)).toBe(written);
      const fallbackWritten = await hashPin('1357', undefined, 1500);
      vi.unstubAllGlobals();
      expect(await verifyPin('1357', fallbackWritten)).toBe(true);
    });
  });
});
