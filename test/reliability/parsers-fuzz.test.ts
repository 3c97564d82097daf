// Fuzz of the byte parsers a hostile or broken device can reach (issue #11 fault suite): the ZVT
// serial frame reader, the APDU splitter and the BMP parser get random bytes. Each one returns or
// throws an Error with a message: never another kind of throw, never a hang, never a result that
// points outside its input. (The ESC/POS decoder's own random-bytes property is in
// hardware/simulators/escpos-decoder.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apduLength, parseApdu, parseBmps } from '../../hardware/zvt/zvt-apdu';
import { FrameReader, frameApdu, type FrameEvent } from '../../hardware/zvt/zvt-frame';

describe('ZVT parsers under random bytes', () => {
  it('the frame reader never throws, and every frame it accepts carries a matching CRC', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 1, max: 64 }), (bytes, chunk) => {
        const events: FrameEvent[] = [];
        const reader = new FrameReader((e) => events.push(e));
        for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
        for (const e of events) {
          if (e.type === 'frame') expect(Buffer.from(bytes).includes(Buffer.from(frameApdu(e.apdu)).subarray(2, 4))).toBe(true);
          if (e.type === 'bad-frame') expect(e.reason).toMatch(/\S/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a good frame after any garbage is still read', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ minLength: 3, maxLength: 60 }), (noise, apdu) => {
        const events: FrameEvent[] = [];
        const reader = new FrameReader((e) => events.push(e));
        reader.push(noise);
        // The line settles (a sender's timeout resets both sides) and a good frame follows.
        reader.push(Uint8Array.from([0x00, 0x00, 0x00, 0x00]));
        reader.push(frameApdu(apdu));
        const frames = events.filter((e): e is Extract<FrameEvent, { type: 'frame' }> => e.type === 'frame');
        expect(frames.some((f) => Buffer.from(f.apdu).equals(Buffer.from(apdu)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('APDU and BMP parsing of random bytes returns within its input or throws an Error with a message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.nat({ max: 8 }), (bytes, start) => {
        const length = apduLength(bytes);
        if (length !== null) expect(length).toBeGreaterThanOrEqual(3);
        for (const parse of [() => parseApdu(bytes), () => parseBmps(bytes, start)]) {
          try {
            const parsed = parse();
            if (parsed instanceof Map) {
              let total = 0;
              for (const value of parsed.values()) total += value.length;
              expect(total).toBeLessThanOrEqual(bytes.length);
            } else {
              expect(parsed.data.length).toBeLessThanOrEqual(bytes.length);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).message).toMatch(/\S/);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a TLV length that claims more bytes than any frame holds is refused, not wrapped around', () => {
    // BMP 0x06 (TLV) with a 4-byte BER length: shifted into a 32-bit int it went negative (-7) and
    // walked the parser backwards, off the start of the buffer.
    expect(() => parseBmps(Uint8Array.from([0x06, 0x84, 0xff, 0xff, 0xff, 0xf9, 0, 0, 0]))).toThrow(/TLV length of 4 bytes/);
    expect(() => parseBmps(Uint8Array.from([0x06, 0x80, 0x01]))).toThrow(/TLV length of 0 bytes/);
  });
});
