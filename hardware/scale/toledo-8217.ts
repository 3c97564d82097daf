// Mettler Toledo 8217 style scale protocol (the common ECR protocol of retail scales, also spoken by many
// Dialog 06 scales in their "8217" mode): the till sends `W`, the scale answers STX + weight + CR when the
// weight is stable, or STX ? status CR (motion, over capacity, under zero) when it is not.

export const STX = 0x02;
export const CR = 0x0d;
/** Weight request. */
export const REQUEST_WEIGHT = 0x57; // 'W'

/** Status byte bits of an STX ? s CR answer (always with bit 5 and bit 4 set, so the byte is printable). */
export const STATUS = { motion: 0x01, overCapacity: 0x02, underZero: 0x04, outOfRange: 0x08 } as const;

export type ScaleReading =
  { kind: 'weight'; grams: number } | { kind: 'status'; motion: boolean; overCapacity: boolean; underZero: boolean; outOfRange: boolean };

/**
 * Weight answer: five digits in 0.001 kg with an implied decimal point ("01234" = 1.234 kg) or six characters
 * with an explicit point ("01.234"). Scales limited to 30 kg or 60 kg fit in both.
 */
export function encodeWeight(grams: number): Uint8Array {
  const text = String(Math.round(grams)).padStart(5, '0');
  return Uint8Array.from([STX, ...Buffer.from(text, 'latin1'), CR]);
}

export function encodeStatus(s: { motion?: boolean; overCapacity?: boolean; underZero?: boolean; outOfRange?: boolean }): Uint8Array {
  const byte =
    0x30 |
    (s.motion ? STATUS.motion : 0) |
    (s.overCapacity ? STATUS.overCapacity : 0) |
    (s.underZero ? STATUS.underZero : 0) |
    (s.outOfRange ? STATUS.outOfRange : 0);
  return Uint8Array.of(STX, 0x3f, byte, CR);
}

/** Parses one STX … CR message body (without STX and CR); null when it is neither a weight nor a status. */
export function parseScaleMessage(body: Uint8Array): ScaleReading | null {
  if (body.length === 2 && body[0] === 0x3f) {
    const s = body[1] as number;
    return {
      kind: 'status',
      motion: (s & STATUS.motion) !== 0,
      overCapacity: (s & STATUS.overCapacity) !== 0,
      underZero: (s & STATUS.underZero) !== 0,
      outOfRange: (s & STATUS.outOfRange) !== 0,
    };
  }
  const text = Buffer.from(body).toString('latin1');
  if (/^\d{5}$/.test(text)) return { kind: 'weight', grams: Number(text) };
  if (/^\d{1,3}\.\d{3}$/.test(text) && text.length === 6) return { kind: 'weight', grams: Math.round(Number(text) * 1000) };
  return null;
}

/** Splits a byte stream into STX … CR messages; keeps an incomplete tail, drops noise before STX. */
export class ScaleMessageReader {
  private buf: number[] = [];
  constructor(private readonly onMessage: (body: Uint8Array) => void) {}

  push(chunk: Uint8Array): void {
    for (const b of chunk) {
      if (b === STX) this.buf = [];
      else if (b === CR) {
        if (this.buf.length > 0) this.onMessage(Uint8Array.from(this.buf));
        this.buf = [];
      } else if (this.buf.length < 32) this.buf.push(b);
    }
  }
}
