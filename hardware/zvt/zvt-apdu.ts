// ZVT APDUs (CLASS INSTR LEN DATA) and their bitmaps (BMPs) and TLV containers: pure encode/parse,
// shared by the ECR side (zvt-ecr.ts) and the terminal simulator.

export interface Apdu {
  cls: number;
  ins: number;
  data: Uint8Array;
}

export const CMD = {
  registration: [0x06, 0x00],
  authorization: [0x06, 0x01],
  completion: [0x06, 0x0f],
  abort: [0x06, 0x1e],
  repeatReceipt: [0x06, 0x20],
  reversal: [0x06, 0x30],
  refund: [0x06, 0x31],
  endOfDay: [0x06, 0x50],
  ecrAbort: [0x06, 0xb0],
  printLine: [0x06, 0xd1],
  printTextBlock: [0x06, 0xd3],
  statusInformation: [0x04, 0x0f],
  intermediateStatus: [0x04, 0xff],
  statusEnquiry: [0x05, 0x01],
  ack: [0x80, 0x00],
} as const satisfies Record<string, readonly [number, number]>;

export const is = (apdu: Apdu, cmd: readonly [number, number]) => apdu.cls === cmd[0] && apdu.ins === cmd[1];

export function encodeApdu(cmd: readonly [number, number], data: Uint8Array | number[] = []): Uint8Array {
  const body = Uint8Array.from(data);
  const header = body.length < 0xff ? [cmd[0], cmd[1], body.length] : [cmd[0], cmd[1], 0xff, body.length & 0xff, body.length >> 8];
  const out = new Uint8Array(header.length + body.length);
  out.set(header);
  out.set(body, header.length);
  return out;
}

/** Length of the complete APDU at the start of `buf`, or null when more bytes are needed. */
export function apduLength(buf: Uint8Array): number | null {
  if (buf.length < 3) return null;
  if (buf[2] !== 0xff) return 3 + (buf[2] as number);
  if (buf.length < 5) return null;
  return 5 + ((buf[3] as number) | ((buf[4] as number) << 8));
}

export function parseApdu(buf: Uint8Array): Apdu {
  const len = apduLength(buf);
  if (len === null || buf.length < len) throw new Error('incomplete APDU');
  const offset = buf[2] === 0xff ? 5 : 3;
  return { cls: buf[0] as number, ins: buf[1] as number, data: buf.slice(offset, len) };
}

export const ACK_APDU = encodeApdu(CMD.ack);

// ---------------------------------------------------------------- BCD

export function toBcd(value: number | string, bytes: number): number[] {
  const digits = String(value).padStart(bytes * 2, '0');
  if (!/^\d+$/.test(digits) || digits.length > bytes * 2) throw new Error(`cannot encode ${value} as ${bytes}-byte BCD`);
  const out: number[] = [];
  for (let i = 0; i < bytes; i++) out.push((Number(digits[2 * i]) << 4) | Number(digits[2 * i + 1]));
  return out;
}

export function fromBcd(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) n = n * 100 + (b >> 4) * 10 + (b & 0x0f);
  return n;
}

/** BCD digits as a string; nibbles above 9 (masked PAN digits 0xE) become '*'. */
export function bcdDigits(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) for (const nib of [b >> 4, b & 0x0f]) s += nib <= 9 ? String(nib) : nib === 0x0e ? '*' : '';
  return s;
}

// ---------------------------------------------------------------- BMPs

type BmpFormat = { fixed: number } | { llvar: 2 | 3 } | 'tlv';

/** Bitmaps this implementation knows; an unknown BMP has no known length, so parsing stops with an error. */
const BMP_FORMATS: Record<number, BmpFormat> = {
  0x01: { fixed: 1 }, // timeout
  0x02: { fixed: 1 }, // max status infos
  0x03: { fixed: 1 }, // service byte
  0x04: { fixed: 6 }, // amount
  0x05: { fixed: 1 }, // pump number
  0x06: 'tlv',
  0x0b: { fixed: 3 }, // trace number
  0x0c: { fixed: 3 }, // time HHMMSS
  0x0d: { fixed: 2 }, // date MMDD
  0x0e: { fixed: 2 }, // expiry YYMM
  0x17: { fixed: 2 }, // card sequence number
  0x19: { fixed: 1 }, // payment type / card type
  0x22: { llvar: 2 }, // PAN / EF_ID
  0x23: { llvar: 2 }, // track 2
  0x27: { fixed: 1 }, // result code
  0x29: { fixed: 4 }, // terminal id
  0x2a: { fixed: 15 }, // VU number
  0x37: { fixed: 3 }, // original trace
  0x3a: { fixed: 2 }, // CVV
  0x3b: { fixed: 8 }, // AID (authorisation attribute)
  0x3c: { llvar: 3 }, // additional text
  0x3d: { fixed: 3 }, // password
  0x49: { fixed: 2 }, // currency code
  0x60: { llvar: 3 }, // individual totals
  0x87: { fixed: 2 }, // receipt number
  0x88: { fixed: 3 }, // turnover number
  0x8a: { fixed: 1 }, // card type
  0x8b: { llvar: 2 }, // card name
  0x8c: { fixed: 1 }, // card type id
  0x9a: { llvar: 3 }, // geldkarte payments record
  0xa0: { fixed: 1 }, // result code AS
  0xa7: { llvar: 2 }, // chip data
  0xaf: { llvar: 3 }, // EF_info
  0xba: { fixed: 5 }, // AID parameter
};

export type Bmps = Map<number, Uint8Array>;

function berLength(buf: Uint8Array, at: number): { len: number; size: number } {
  const first = buf[at];
  if (first === undefined) throw new Error('TLV length missing');
  if (first < 0x80) return { len: first, size: 1 };
  const n = first & 0x7f;
  // ZVT TLV containers fit in a frame (≤ 2 length bytes); more would overflow into a negative length
  // and walk the parser backwards.
  if (n === 0 || n > 2) throw new Error(`TLV length of ${n} bytes is not supported (at ${at})`);
  let len = 0;
  for (let i = 1; i <= n; i++) len = (len << 8) | (buf[at + i] ?? 0);
  return { len, size: 1 + n };
}

function encodeBerLength(len: number): number[] {
  if (len < 0x80) return [len];
  if (len < 0x100) return [0x81, len];
  return [0x82, len >> 8, len & 0xff];
}

/** Parses BMPs after any fixed prefix; throws on an unknown BMP (its length cannot be known). */
export function parseBmps(data: Uint8Array, start = 0): Bmps {
  const out: Bmps = new Map();
  let i = start;
  while (i < data.length) {
    const bmp = data[i] as number;
    const format = BMP_FORMATS[bmp];
    if (!format) throw new Error(`unknown BMP 0x${bmp.toString(16).padStart(2, '0')} at ${i}`);
    i++;
    let len: number;
    let skip = 0;
    if (format === 'tlv') {
      const l = berLength(data, i);
      len = l.len;
      skip = l.size;
    } else if ('fixed' in format) len = format.fixed;
    else {
      // LLVAR: length digits as 0xF? nibbles, e.g. F1 F6 = 16.
      len = 0;
      for (let k = 0; k < format.llvar; k++) len = len * 10 + ((data[i + k] ?? 0) & 0x0f);
      skip = format.llvar;
    }
    if (i + skip + len > data.length) throw new Error(`BMP 0x${bmp.toString(16)} runs past the end`);
    out.set(bmp, data.slice(i + skip, i + skip + len));
    i += skip + len;
  }
  return out;
}

export function encodeLlvar(bytes: number[], digits: 2 | 3): number[] {
  const len = String(bytes.length).padStart(digits, '0');
  return [...[...len].map((d) => 0xf0 | Number(d)), ...bytes];
}

// ---------------------------------------------------------------- TLV (BMP 06)

export interface Tlv {
  tag: number;
  value: Uint8Array;
  children: Tlv[];
}

export function parseTlv(buf: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  let i = 0;
  while (i < buf.length) {
    let tag = buf[i] as number;
    const constructed = (tag & 0x20) !== 0;
    i++;
    if ((tag & 0x1f) === 0x1f) {
      // Multi-byte tag: continue while the high bit is set.
      let b: number;
      do {
        b = buf[i++] as number;
        tag = (tag << 8) | b;
      } while (b & 0x80);
    }
    const { len, size } = berLength(buf, i);
    i += size;
    const value = buf.slice(i, i + len);
    out.push({ tag, value, children: constructed ? parseTlv(value) : [] });
    i += len;
  }
  return out;
}

export function encodeTlv(tag: number, value: number[]): number[] {
  const tagBytes = tag > 0xff ? [tag >> 8, tag & 0xff] : [tag];
  return [...tagBytes, ...encodeBerLength(value.length), ...value];
}

/** BMP 06 with a TLV body. */
export function encodeTlvContainer(tlvs: number[]): number[] {
  return [0x06, ...encodeBerLength(tlvs.length), ...tlvs];
}

/** Text lines of a print text block (06 D3): tag 25 holds tag 07 lines; tag 1F07 names the receipt type. */
export function parsePrintTextBlock(data: Uint8Array): { receiptType: number | null; lines: string[] } {
  const bmps = parseBmps(data);
  const container = bmps.get(0x06);
  if (!container) return { receiptType: null, lines: [] };
  const tlvs = parseTlv(container);
  const lines: string[] = [];
  let receiptType: number | null = null;
  const walk = (items: Tlv[]) => {
    for (const t of items) {
      if (t.tag === 0x07) lines.push(decodeText(t.value));
      else if (t.tag === 0x1f07) receiptType = t.value[0] ?? null;
      walk(t.children);
    }
  };
  walk(tlvs);
  return { receiptType, lines };
}

/** ZVT text is in code page 437 for the basic set; terminals in practice send ASCII/Latin-1. */
export function decodeText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(/\0+$/, '').trimEnd();
}

export function encodeText(text: string): number[] {
  return [...Buffer.from(text, 'latin1')];
}

// ---------------------------------------------------------------- codes

export const RESULT_CODES: Record<number, string> = {
  0x00: 'successful',
  0x05: 'declined',
  0x6c: 'aborted',
  0x64: 'card not readable',
  0x68: 'card expired',
  0x6f: 'card not permitted',
  0x9c: 'repeat operation',
  0xa0: 'receiver not ready',
  0xb1: 'no receipt available',
  0xb5: 'terminal busy',
  0xff: 'system error',
};

export const INTERMEDIATE_STATUS: Record<number, string> = {
  0x00: 'Waiting for amount confirmation',
  0x01: 'Please watch PIN pad',
  0x0a: 'Insert card',
  0x0b: 'Please remove card',
  0x0e: 'Please wait',
  0x15: 'Incorrect PIN',
  0x17: 'Please wait',
  0x1c: 'Approved, please take goods',
  0x1d: 'Declined',
  0x29: 'Please enter PIN',
};

/** ISO 4217 numeric codes for the currencies a till here uses. */
export const CURRENCY_NUMERIC: Record<string, number> = { EUR: 978, GBP: 826, USD: 840, CHF: 756, SEK: 752, DKK: 208, NOK: 578, PLN: 985, CZK: 203 };
