// Dialog 06 scale protocol (the ECR protocol of German retail price-computing scales: Bizerba, Mettler Toledo,
// Soehnle, DIGI …): the till sends the unit price (and tare), the scale acknowledges, the till polls with EOT ENQ
// and the scale answers with weight, unit price and its own price (record 02) or a status (record 09).
// Framing and status codes as we implement them are described in docs/hardware.md ("Dialog 06").

export const EOT = 0x04;
export const STX = 0x02;
export const ETX = 0x03;
export const ENQ = 0x05;
export const ACK = 0x06;
export const NAK = 0x15;
export const ESC = 0x1b;

/** Largest values the fixed-width fields hold. */
export const MAX_UNIT_PRICE = 999_999;
export const MAX_TARE_GRAMS = 9_999;

const ascii = (s: string) => [...Buffer.from(s, 'latin1')];
const digits = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Record 01 (unit price, minor units per kg) or, with a tare, record 03 (unit price + tare in grams):
 * `EOT STX 0 1 ESC pppppp ESC ETX` / `EOT STX 0 3 ESC pppppp ESC tttt ESC ETX`.
 */
export function encodeUnitPrice(pricePerKg: number, tareGrams = 0): Uint8Array {
  if (!Number.isInteger(pricePerKg) || pricePerKg < 0 || pricePerKg > MAX_UNIT_PRICE)
    throw new RangeError(`unit price ${pricePerKg} does not fit Dialog 06 (0–${MAX_UNIT_PRICE})`);
  if (!Number.isInteger(tareGrams) || tareGrams < 0 || tareGrams > MAX_TARE_GRAMS)
    throw new RangeError(`tare ${tareGrams} g does not fit Dialog 06 (0–${MAX_TARE_GRAMS})`);
  const fields = tareGrams > 0 ? ['03', digits(pricePerKg, 6), digits(tareGrams, 4)] : ['01', digits(pricePerKg, 6)];
  return Uint8Array.from([EOT, STX, ...fields.flatMap((f, i) => (i === 0 ? ascii(f) : [ESC, ...ascii(f)])), ESC, ETX]);
}

/** Weight request: EOT ENQ. */
export const REQUEST_WEIGHT = Uint8Array.of(EOT, ENQ);
/** Status request (record 08): EOT STX 0 8 ETX. */
export const REQUEST_STATUS = Uint8Array.of(EOT, STX, 0x30, 0x38, ETX);

/** Status codes of record 09 (two digits). */
export const DIALOG_STATUS = {
  ok: '00',
  generalError: '01',
  parityError: '02',
  wrongRecord: '10',
  wrongUnitPrice: '11',
  wrongTare: '12',
  motion: '20',
  noNewWeighing: '21',
  underMinimum: '30',
  underZero: '31',
  overCapacity: '32',
} as const;

export type DialogMessage =
  | { kind: 'ack' }
  | { kind: 'nak' }
  /** Record 02: net weight (grams), the unit price echoed, the scale's own price (minor units). */
  | { kind: 'weight'; grams: number; unitPrice: number; price: number }
  /** Record 09. */
  | { kind: 'status'; code: string }
  /** Something framed that is not a record we know (line noise, a wrong baud rate). */
  | { kind: 'garbled'; bytes: Uint8Array };

/** Record 02 as the scale sends it: `STX 0 2 ESC s ESC wwwww ESC pppppp ESC vvvvvv ETX`. */
export function encodeWeightRecord(grams: number, unitPrice: number, price: number): Uint8Array {
  return Uint8Array.from([
    STX,
    ...ascii('02'),
    ESC,
    ...ascii('0'),
    ESC,
    ...ascii(digits(grams, 5)),
    ESC,
    ...ascii(digits(unitPrice, 6)),
    ESC,
    ...ascii(digits(price, 6)),
    ETX,
  ]);
}

/** Record 09 as the scale sends it: `STX 0 9 ESC nn ETX`. */
export function encodeStatusRecord(code: string): Uint8Array {
  return Uint8Array.from([STX, ...ascii('09'), ESC, ...ascii(code), ETX]);
}

/** Parses the body of one STX … ETX record (without STX and ETX). */
export function parseRecord(body: Uint8Array): DialogMessage {
  const fields = Buffer.from(body).toString('latin1').split('\x1b');
  const [record, ...rest] = fields;
  if (record === '02' && rest.length === 4) {
    const [status, weight, unitPrice, price] = rest as [string, string, string, string];
    if (/^\d$/.test(status) && /^\d{5}$/.test(weight) && /^\d{6}$/.test(unitPrice) && /^\d{6}$/.test(price)) {
      return { kind: 'weight', grams: Number(weight), unitPrice: Number(unitPrice), price: Number(price) };
    }
  }
  if (record === '09' && rest.length === 1 && /^\d{2}$/.test(rest[0] as string)) return { kind: 'status', code: rest[0] as string };
  return { kind: 'garbled', bytes: body };
}

/**
 * Splits the scale's byte stream into messages: a bare ACK or NAK, or an STX … ETX record. Bytes outside a
 * record other than ACK/NAK are noise and reported as garbled; an overlong record is cut off as garbled.
 */
export class DialogReader {
  private record: number[] | null = null;
  private noise: number[] = [];
  constructor(private readonly onMessage: (m: DialogMessage) => void) {}

  push(chunk: Uint8Array): void {
    for (const b of chunk) {
      if (this.record) {
        if (b === ETX) {
          const body = Uint8Array.from(this.record);
          this.record = null;
          this.onMessage(parseRecord(body));
        } else if (b === STX) this.record = [];
        else if (this.record.length >= 64) {
          this.onMessage({ kind: 'garbled', bytes: Uint8Array.from(this.record) });
          this.record = null;
        } else this.record.push(b);
        continue;
      }
      if (b === STX || b === ACK || b === NAK) this.flushNoise();
      if (b === STX) this.record = [];
      else if (b === ACK) this.onMessage({ kind: 'ack' });
      else if (b === NAK) this.onMessage({ kind: 'nak' });
      else this.noise.push(b);
    }
    // Noise at the end of a chunk is reported at once: nothing can repair it.
    this.flushNoise();
  }

  private flushNoise(): void {
    if (this.noise.length === 0) return;
    this.onMessage({ kind: 'garbled', bytes: Uint8Array.from(this.noise) });
    this.noise = [];
  }
}

/** What a status code means for the till, in words a cashier understands. */
export function describeStatus(code: string): string {
  switch (code) {
    case DIALOG_STATUS.motion:
      return 'the weight is still moving';
    case DIALOG_STATUS.noNewWeighing:
      return 'the scale wants a new weighing: lift the item and put it back';
    case DIALOG_STATUS.underMinimum:
      return 'nothing (or less than the minimum weight) on the scale';
    case DIALOG_STATUS.underZero:
      return 'the scale is under zero: empty it and zero it';
    case DIALOG_STATUS.overCapacity:
      return 'the scale is over capacity';
    case DIALOG_STATUS.wrongUnitPrice:
      return 'the scale refused the unit price';
    case DIALOG_STATUS.wrongTare:
      return 'the scale refused the tare';
    default:
      return `the scale reports error ${code}`;
  }
}
