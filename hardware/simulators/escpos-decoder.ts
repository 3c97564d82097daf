// Strict ESC/POS decoder for the printer simulator: bytes → receipt blocks (styled text lines,
// barcodes, QR codes, images, cuts, drawer kicks). Unknown commands are reported, never skipped silently.
// One class on purpose (~400 lines): the command table is a single switch over the ESC/POS prefixes,
// which reads best whole; the output vocabulary and barcode helpers live in escpos-blocks.ts.
import { decodeByte, CODE_PAGES } from './escpos-code-pages';
import {
  BARCODE_A,
  BARCODE_B,
  code128Text,
  defaultStyle,
  hex,
  type Align,
  type DecodedBlock,
  type DecodeProblem,
  type DecoderEvents,
  type StatusRequest,
  type TextStyle,
} from './escpos-blocks';

const NEED_MORE = Symbol('need-more');
type Step = number | typeof NEED_MORE;

export class EscPosDecoder {
  private buf: Uint8Array = new Uint8Array(0);
  private consumed = 0; // bytes consumed before buf[0], for problem offsets
  private style = defaultStyle();
  private codePage = 0;
  private line = '';
  private lineStyle: TextStyle | null = null;
  private qrData: Uint8Array | null = null;

  constructor(private readonly events: DecoderEvents) {}

  push(chunk: Uint8Array): void {
    const merged = new Uint8Array(this.buf.length + chunk.length);
    merged.set(this.buf);
    merged.set(chunk, this.buf.length);
    this.buf = merged;
    let pos = 0;
    while (pos < this.buf.length) {
      const step = this.step(pos);
      if (step === NEED_MORE) break;
      pos = step;
    }
    this.consumed += pos;
    this.buf = this.buf.slice(pos);
  }

  /** Bytes received but not yet decodable (an incomplete command at the end of the stream). */
  pendingBytes(): number {
    return this.buf.length;
  }

  /** Emits text that was printed without a final line feed (as a printer does on cut or end of job). */
  flushLine(): void {
    if (this.line.length > 0) this.emitLine();
  }

  private emit(block: DecodedBlock): void {
    this.events.block?.(block);
  }

  private problem(at: number, len: number, message: string): void {
    this.events.problem?.({ offset: this.consumed + at, bytes: hex(this.buf.slice(at, at + len)), message });
  }

  private emitLine(): void {
    const style = this.lineStyle ?? this.style;
    this.emit({ type: 'text', text: this.line.trimEnd(), ...style });
    this.line = '';
    this.lineStyle = null;
  }

  private addChar(ch: string): void {
    if (this.lineStyle === null) this.lineStyle = { ...this.style };
    this.line += ch;
  }

  private need(pos: number, n: number): boolean {
    return pos + n <= this.buf.length;
  }

  private at(i: number): number {
    return this.buf[i] as number;
  }

  /** Decodes one command or character at `pos`; returns the next position or NEED_MORE. */
  private step(pos: number): Step {
    const b = this.at(pos);
    if (b >= 0x20) {
      this.addChar(b === 0x7f ? '' : decodeByte(this.codePage, b));
      return pos + 1;
    }
    switch (b) {
      case 0x0a: // LF
        if (this.line.length === 0 && this.lineStyle === null) this.emit({ type: 'text', text: '', ...this.style });
        else this.emitLine();
        return pos + 1;
      case 0x0d: // CR: ignored in standard mode when auto line feed is off
        return pos + 1;
      case 0x09: // HT: default tab stops every 8 columns
        this.addChar(' '.repeat(8 - (this.line.length % 8)));
        return pos + 1;
      case 0x1b:
        return this.esc(pos);
      case 0x1d:
        return this.gs(pos);
      case 0x10:
        return this.dle(pos);
      case 0x1c:
        return this.fs(pos);
      default:
        this.problem(pos, 1, `unknown control byte 0x${b.toString(16).padStart(2, '0')}`);
        return pos + 1;
    }
  }

  private esc(pos: number): Step {
    if (!this.need(pos, 2)) return NEED_MORE;
    const c = this.at(pos + 1);
    const arg = (n: number): Step | null => (this.need(pos, 2 + n) ? null : NEED_MORE);
    const n1 = () => this.at(pos + 2);
    switch (c) {
      case 0x40: // ESC @ initialize: styles and code page back to power-on defaults
        this.flushLine();
        this.style = defaultStyle();
        this.codePage = 0;
        return pos + 2;
      case 0x21: {
        // ESC ! n print mode
        const w = arg(1);
        if (w) return w;
        const n = n1();
        this.style = { ...this.style, fontB: (n & 1) !== 0, bold: (n & 8) !== 0, height: n & 0x10 ? 2 : 1, width: n & 0x20 ? 2 : 1, underline: (n & 0x80) !== 0 };
        return pos + 3;
      }
      case 0x45: // ESC E n bold
      case 0x47: {
        // ESC G n double strike (prints as bold)
        const w = arg(1);
        if (w) return w;
        this.style = { ...this.style, bold: (n1() & 1) === 1 };
        return pos + 3;
      }
      case 0x2d: {
        const w = arg(1);
        if (w) return w;
        const n = n1();
        this.style = { ...this.style, underline: n === 1 || n === 2 || n === 49 || n === 50 };
        return pos + 3;
      }
      case 0x61: {
        const w = arg(1);
        if (w) return w;
        const n = n1();
        const align: Align | undefined = n === 0 || n === 48 ? 'left' : n === 1 || n === 49 ? 'center' : n === 2 || n === 50 ? 'right' : undefined;
        if (!align) this.problem(pos, 3, `ESC a with invalid alignment ${n}`);
        else this.style = { ...this.style, align };
        return pos + 3;
      }
      case 0x74: {
        const w = arg(1);
        if (w) return w;
        const n = n1();
        // The page is switched anyway: ASCII still prints, undecodable bytes show as ⟨xx⟩ markers.
        const page = CODE_PAGES[n];
        if (!page) this.problem(pos, 3, `ESC t selects unknown code page ${n}: bytes above 0x7F print as ⟨xx⟩`);
        else if (!page.high) this.problem(pos, 3, `ESC t selects code page ${n} (${page.name}), which the simulator cannot decode: bytes above 0x7F print as ⟨xx⟩`);
        this.codePage = n;
        return pos + 3;
      }
      case 0x64: {
        // ESC d n print and feed n lines
        const w = arg(1);
        if (w) return w;
        this.flushLine();
        this.emit({ type: 'feed', lines: n1() });
        return pos + 3;
      }
      case 0x4a: // ESC J n feed n dots
      case 0x4d: // ESC M n font
      case 0x33: // ESC 3 n line spacing
      case 0x20: // ESC SP n right-side character spacing
      case 0x52: // ESC R n international character set
      case 0x56: // ESC V n rotate 90°
      case 0x7b: // ESC { n upside down
      case 0x72: {
        // ESC r n print colour
        const w = arg(1);
        if (w) return w;
        if (c === 0x4d) this.style = { ...this.style, fontB: (n1() & 1) === 1 };
        if (c === 0x4a) this.flushLine();
        return pos + 3;
      }
      case 0x32: // ESC 2 default line spacing
        return pos + 2;
      case 0x24: {
        // ESC $ nL nH absolute position
        const w = arg(2);
        return w ?? pos + 4;
      }
      case 0x63: {
        // ESC c 3/4/5 n paper sensors / panel buttons
        const w = arg(2);
        if (w) return w;
        if (![0x33, 0x34, 0x35].includes(n1())) this.problem(pos, 4, `unknown ESC c ${n1()}`);
        return pos + 4;
      }
      case 0x70: {
        // ESC p m t1 t2 drawer kick (units of 2 ms)
        const w = arg(3);
        if (w) return w;
        const m = n1();
        this.emit({ type: 'drawer', pin: m === 1 || m === 49 ? 1 : 0, onMs: this.at(pos + 3) * 2, offMs: this.at(pos + 4) * 2 });
        return pos + 5;
      }
      case 0x42: {
        // ESC B n t buzzer (some Epson-compatible models)
        const w = arg(2);
        return w ?? pos + 4;
      }
      default:
        this.problem(pos, 2, `unknown command ESC 0x${c.toString(16).padStart(2, '0')}`);
        return pos + 2;
    }
  }

  private gs(pos: number): Step {
    if (!this.need(pos, 2)) return NEED_MORE;
    const c = this.at(pos + 1);
    const arg = (n: number): Step | null => (this.need(pos, 2 + n) ? null : NEED_MORE);
    switch (c) {
      case 0x56: {
        // GS V m [n] cut
        const w = arg(1);
        if (w) return w;
        const m = this.at(pos + 2);
        if ([0, 1, 48, 49].includes(m)) {
          this.flushLine();
          this.emit({ type: 'cut', partial: m === 1 || m === 49 });
          return pos + 3;
        }
        if ([65, 66, 97, 98, 103, 104].includes(m)) {
          const w2 = arg(2);
          if (w2) return w2;
          this.flushLine();
          this.emit({ type: 'cut', partial: m % 2 === 0 });
          return pos + 4;
        }
        this.problem(pos, 3, `GS V with invalid mode ${m}`);
        return pos + 3;
      }
      case 0x21: {
        const w = arg(1);
        if (w) return w;
        const n = this.at(pos + 2);
        this.style = { ...this.style, width: (n >> 4) + 1, height: (n & 0x0f) + 1 };
        return pos + 3;
      }
      case 0x42: {
        const w = arg(1);
        if (w) return w;
        this.style = { ...this.style, invert: (this.at(pos + 2) & 1) === 1 };
        return pos + 3;
      }
      case 0x48: // GS H HRI position
      case 0x66: // GS f HRI font
      case 0x77: // GS w barcode module width
      case 0x68: // GS h barcode height
      case 0x61: // GS a automatic status back
      case 0x62: {
        // GS b smoothing
        const w = arg(1);
        return w ?? pos + 3;
      }
      case 0x72: {
        // GS r n transmit status
        const w = arg(1);
        if (w) return w;
        this.events.status?.({ kind: 'GS r', n: this.at(pos + 2) });
        return pos + 3;
      }
      case 0x4c: // GS L nL nH left margin
      case 0x57: {
        // GS W nL nH printing area width
        const w = arg(2);
        return w ?? pos + 4;
      }
      case 0x6b:
        return this.barcode(pos);
      case 0x28:
        return this.gsParen(pos);
      case 0x76: {
        // GS v 0 m xL xH yL yH d… raster bit image
        const w = arg(6);
        if (w) return w;
        if (this.at(pos + 2) !== 0x30) {
          this.problem(pos, 3, 'GS v without 0');
          return pos + 3;
        }
        const xBytes = this.at(pos + 4) + this.at(pos + 5) * 256;
        const y = this.at(pos + 6) + this.at(pos + 7) * 256;
        const total = 8 + xBytes * y;
        if (!this.need(pos, total)) return NEED_MORE;
        this.flushLine();
        this.emit({ type: 'image', width: xBytes * 8, height: y });
        return pos + total;
      }
      default:
        this.problem(pos, 2, `unknown command GS 0x${c.toString(16).padStart(2, '0')}`);
        return pos + 2;
    }
  }

  private barcode(pos: number): Step {
    if (!this.need(pos, 3)) return NEED_MORE;
    const m = this.at(pos + 2);
    if (m <= 6) {
      let end = pos + 3;
      while (end < this.buf.length && this.at(end) !== 0) end++;
      if (end >= this.buf.length) return NEED_MORE;
      const data = this.buf.slice(pos + 3, end);
      this.flushLine();
      this.emit({ type: 'barcode', symbology: BARCODE_A[m] ?? `type-${m}`, data: Buffer.from(data).toString('latin1') });
      return end + 1;
    }
    const symbology = BARCODE_B[m];
    if (!symbology) {
      this.problem(pos, 3, `GS k with unknown barcode system ${m}`);
      return pos + 3;
    }
    if (!this.need(pos, 4)) return NEED_MORE;
    const n = this.at(pos + 3);
    if (!this.need(pos, 4 + n)) return NEED_MORE;
    const raw = this.buf.slice(pos + 4, pos + 4 + n);
    this.flushLine();
    const data = m === 73 || m === 74 ? code128Text(raw) : Buffer.from(raw).toString('latin1');
    this.emit({ type: 'barcode', symbology, data });
    return pos + 4 + n;
  }

  /** GS ( k — 2D symbols (QR, PDF417); GS ( L / GS 8 L graphics are reported as images. */
  private gsParen(pos: number): Step {
    if (!this.need(pos, 5)) return NEED_MORE;
    const fn = this.at(pos + 2);
    const len = this.at(pos + 3) + this.at(pos + 4) * 256;
    const total = 5 + len;
    if (!this.need(pos, total)) return NEED_MORE;
    if (fn === 0x6b) {
      const cn = this.at(pos + 5);
      const f = this.at(pos + 6);
      if (cn === 49 && f === 80) this.qrData = this.buf.slice(pos + 8, pos + total);
      else if (cn === 49 && f === 81) {
        this.flushLine();
        if (this.qrData) this.emit({ type: 'qr', data: new TextDecoder().decode(this.qrData) });
        else this.problem(pos, total, 'QR print without stored data');
        this.qrData = null;
      } else if (cn === 48 && f === 81) {
        this.flushLine();
        this.emit({ type: 'barcode', symbology: 'PDF417', data: '' });
      } else if (![48, 49, 50, 51].includes(cn)) this.problem(pos, Math.min(total, 8), `GS ( k with unknown symbol ${cn}`);
      return pos + total;
    }
    if (fn === 0x4c) {
      this.flushLine();
      this.emit({ type: 'image', width: 0, height: 0 });
      return pos + total;
    }
    if (fn === 0x41 || fn === 0x43 || fn === 0x45 || fn === 0x48 || fn === 0x4b) return pos + total; // test print, NV, user setup, response, print control
    this.problem(pos, Math.min(total, 8), `unknown command GS ( 0x${fn.toString(16)}`);
    return pos + total;
  }

  private dle(pos: number): Step {
    if (!this.need(pos, 2)) return NEED_MORE;
    const c = this.at(pos + 1);
    if (c === 0x04) {
      if (!this.need(pos, 3)) return NEED_MORE;
      const n = this.at(pos + 2);
      if (n < 1 || n > 4) this.problem(pos, 3, `DLE EOT with invalid n ${n}`);
      else this.events.status?.({ kind: 'DLE EOT', n });
      return pos + 3;
    }
    if (c === 0x14) {
      // DLE DC4 fn … real-time requests; fn 1 = drawer pulse (m, t in 100 ms units)
      if (!this.need(pos, 5)) return NEED_MORE;
      if (this.at(pos + 2) === 1) this.emit({ type: 'drawer', pin: this.at(pos + 3), onMs: this.at(pos + 4) * 100, offMs: this.at(pos + 4) * 100 });
      return pos + 5;
    }
    if (c === 0x05) {
      if (!this.need(pos, 3)) return NEED_MORE;
      return pos + 3;
    }
    this.problem(pos, 2, `unknown command DLE 0x${c.toString(16).padStart(2, '0')}`);
    return pos + 2;
  }

  private fs(pos: number): Step {
    if (!this.need(pos, 2)) return NEED_MORE;
    const c = this.at(pos + 1);
    if (c === 0x2e || c === 0x26) return pos + 2; // cancel / select Kanji mode: no effect on single-byte text
    if (c === 0x70) {
      // FS p n m print NV bit image
      if (!this.need(pos, 4)) return NEED_MORE;
      this.flushLine();
      this.emit({ type: 'image', width: 0, height: 0 });
      return pos + 4;
    }
    this.problem(pos, 2, `unknown command FS 0x${c.toString(16).padStart(2, '0')}`);
    return pos + 2;
  }
}

/** Decodes a whole byte string at once (tests, file input). */
export function decodeEscPos(bytes: Uint8Array): { blocks: DecodedBlock[]; problems: DecodeProblem[]; statusRequests: StatusRequest[]; pending: number } {
  const blocks: DecodedBlock[] = [];
  const problems: DecodeProblem[] = [];
  const statusRequests: StatusRequest[] = [];
  const d = new EscPosDecoder({ block: (b) => blocks.push(b), problem: (p) => problems.push(p), status: (s) => statusRequests.push(s) });
  d.push(bytes);
  d.flushLine();
  return { blocks, problems, statusRequests, pending: d.pendingBytes() };
}
