import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apduLength, encodeApdu, parseApdu, parseBmps, toBcd, fromBcd, CMD, encodeLlvar } from './zvt-apdu';
import { FrameReader, frameApdu, type FrameEvent } from './zvt-frame';
import { zvtRequests } from './zvt-ecr';

const hex = (b: Uint8Array) =>
  Buffer.from(b)
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');

describe('ZVT bytes', () => {
  it('authorization of 10.10 EUR is the known APDU', () => {
    expect(hex(zvtRequests.authorization(1010, 'EUR'))).toBe('06 01 0a 04 00 00 00 00 10 10 49 09 78');
  });

  it('frames it for serial with DLE doubling and CRC-16/KERMIT, low byte first', () => {
    expect(hex(frameApdu(zvtRequests.authorization(1010, 'EUR')))).toBe('10 02 06 01 0a 04 00 00 00 00 10 10 10 10 49 09 78 10 03 67 d4');
  });

  it('builds the other ECR commands', () => {
    expect(hex(zvtRequests.registration('000000', 'EUR'))).toBe('06 00 06 00 00 00 be 09 78');
    expect(hex(zvtRequests.reversal('123456', 17))).toBe('06 30 06 12 34 56 87 00 17');
    expect(hex(zvtRequests.refund('000000', 250, 'EUR'))).toBe('06 31 0d 00 00 00 04 00 00 00 00 02 50 49 09 78');
    expect(hex(zvtRequests.endOfDay('000000'))).toBe('06 50 03 00 00 00');
    expect(hex(zvtRequests.ecrAbort())).toBe('06 b0 01 00');
    expect(() => zvtRequests.authorization(100, 'XXX')).toThrow(/unsupported currency/);
  });

  it('reads frames back, ACK/NAK bytes between them, and flags a corrupted CRC', () => {
    const events: FrameEvent[] = [];
    const r = new FrameReader((e) => events.push(e));
    const apdu = zvtRequests.authorization(1010, 'EUR');
    r.push(Uint8Array.of(0x06));
    r.push(frameApdu(apdu));
    r.push(Uint8Array.of(0x15));
    r.push(frameApdu(apdu, { corruptCrc: true }));
    expect(events).toEqual([{ type: 'ack' }, { type: 'frame', apdu }, { type: 'nak' }, { type: 'bad-frame', reason: 'CRC mismatch' }]);
  });

  it('frames round-trip for any APDU, split anywhere (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (data, chunk) => {
        const apdu = encodeApdu([0x06, 0xd3], data);
        const got: FrameEvent[] = [];
        const r = new FrameReader((e) => got.push(e));
        const framed = frameApdu(apdu);
        for (let i = 0; i < framed.length; i += chunk) r.push(framed.slice(i, i + chunk));
        expect(got).toEqual([{ type: 'frame', apdu }]);
        expect(parseApdu(apdu).data).toEqual(data);
        expect(apduLength(apdu)).toBe(apdu.length);
      }),
    );
  });

  it('encodes BCD and parses BMPs, rejecting unknown ones', () => {
    expect(toBcd(1010, 6)).toEqual([0, 0, 0, 0, 0x10, 0x10]);
    expect(fromBcd(Uint8Array.from([0x12, 0x34]))).toBe(1234);
    expect(() => toBcd(1234567, 3)).toThrow();
    const bmps = parseBmps(Uint8Array.from([0x27, 0x00, 0x87, 0x00, 0x42, 0x8b, ...encodeLlvar([0x41, 0x42], 2)]));
    expect(bmps.get(0x87)).toEqual(Uint8Array.from([0x00, 0x42]));
    expect(bmps.get(0x8b)).toEqual(Uint8Array.from([0x41, 0x42]));
    expect(() => parseBmps(Uint8Array.from([0xfe, 0x00]))).toThrow(/unknown BMP 0xfe/);
    expect(() => parseBmps(Uint8Array.from([0x04, 0x00]))).toThrow(/past the end/);
    expect(hex(encodeApdu(CMD.ack))).toBe('80 00 00');
  });
});
