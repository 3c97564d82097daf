// The printer simulator's vocabulary: what the ESC/POS decoder emits (styled text lines, barcodes,
// QR codes, images, cuts, drawer kicks, problems, status requests) and the barcode data helpers it uses.

export type Align = 'left' | 'center' | 'right';

export interface TextStyle {
  align: Align;
  bold: boolean;
  underline: boolean;
  invert: boolean;
  /** Character magnification (1 = normal, 2 = double). */
  width: number;
  height: number;
  fontB: boolean;
}

export type DecodedBlock =
  | ({ type: 'text'; text: string } & TextStyle)
  | { type: 'feed'; lines: number }
  | { type: 'barcode'; symbology: string; data: string }
  | { type: 'qr'; data: string }
  | { type: 'image'; width: number; height: number }
  | { type: 'cut'; partial: boolean }
  | { type: 'drawer'; pin: number; onMs: number; offMs: number };

export interface DecodeProblem {
  offset: number;
  bytes: string;
  message: string;
}

/** Real-time status request (DLE EOT n, GS r n): the simulator answers on the same link. */
export interface StatusRequest {
  kind: 'DLE EOT' | 'GS r';
  n: number;
}

export interface DecoderEvents {
  block?: (block: DecodedBlock) => void;
  problem?: (problem: DecodeProblem) => void;
  status?: (request: StatusRequest) => void;
}

export const BARCODE_A: Record<number, string> = { 0: 'UPC-A', 1: 'UPC-E', 2: 'EAN13', 3: 'EAN8', 4: 'CODE39', 5: 'ITF', 6: 'CODABAR' };
export const BARCODE_B: Record<number, string> = {
  65: 'UPC-A',
  66: 'UPC-E',
  67: 'EAN13',
  68: 'EAN8',
  69: 'CODE39',
  70: 'ITF',
  71: 'CODABAR',
  72: 'CODE93',
  73: 'CODE128',
  74: 'GS1-128',
  75: 'GS1-DATABAR',
  76: 'GS1-DATABAR-TRUNCATED',
  77: 'GS1-DATABAR-LIMITED',
  78: 'GS1-DATABAR-EXPANDED',
  79: 'CODE128-AUTO',
};

export function defaultStyle(): TextStyle {
  return { align: 'left', bold: false, underline: false, invert: false, width: 1, height: 1, fontB: false };
}

export const hex = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');

/** Code 128 data carries code-set switches (`{A`, `{B`, `{C`); `{{` is a literal brace. */
export function code128Text(raw: Uint8Array): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as number;
    if (c === 0x7b && i + 1 < raw.length) {
      const next = raw[i + 1] as number;
      i++;
      if (next === 0x7b) out += '{';
      else if (next === 0x43) {
        // Code set C from here on: each byte is a pair of digits.
        while (i + 1 < raw.length && raw[i + 1] !== 0x7b) {
          i++;
          out += String(raw[i]).padStart(2, '0');
        }
      }
      continue;
    }
    out += String.fromCharCode(c);
  }
  return out;
}
