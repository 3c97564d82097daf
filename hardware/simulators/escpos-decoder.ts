// Strict ESC/POS decoder for the printer simulator: bytes → receipt blocks (styled text lines,
// barcodes, QR codes, images, cuts, drawer kicks). Unknown commands are reported, never skipped silently.
// This file holds the buffer, text and line feeds, and the small DLE and FS tables; the ESC and GS
// command tables are in escpos-esc-commands.ts and escpos-gs-commands.ts, the output vocabulary and
// barcode helpers in escpos-blocks.ts.
import { decodeByte } from './escpos-code-pages';
import { defaultStyle, hex, type DecodedBlock, type DecodeProblem, type DecoderEvents, type StatusRequest, type TextStyle } from './escpos-blocks';
import { NEED_MORE, type CommandContext, type Step } from './escpos-command-context';
import { escCommand } from './escpos-esc-commands';
import { gsCommand } from './escpos-gs-commands';

export class EscPosDecoder {
  private buf: Uint8Array = new Uint8Array(0);
  private consumed = 0; // bytes consumed before buf[0], for problem offsets
  private line = '';
  private lineStyle: TextStyle | null = null;
  /** What the ESC and GS command tables read and change. */
  private readonly ctx: CommandContext;

  constructor(private readonly events: DecoderEvents) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter below reads the current buffer
    const decoder = this;
    this.ctx = {
      get length() {
        return decoder.buf.length;
      },
      need: (pos, n) => this.need(pos, n),
      at: (i) => this.at(i),
      slice: (from, to) => this.buf.slice(from, to),
      style: defaultStyle(),
      codePage: 0,
      qrData: null,
      emit: (block) => this.emit(block),
      problem: (at, len, message) => this.problem(at, len, message),
      status: (request) => this.events.status?.(request),
      flushLine: () => this.flushLine(),
    };
  }

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
    const style = this.lineStyle ?? this.ctx.style;
    this.emit({ type: 'text', text: this.line.trimEnd(), ...style });
    this.line = '';
    this.lineStyle = null;
  }

  private addChar(ch: string): void {
    if (this.lineStyle === null) this.lineStyle = { ...this.ctx.style };
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
      this.addChar(b === 0x7f ? '' : decodeByte(this.ctx.codePage, b));
      return pos + 1;
    }
    switch (b) {
      case 0x0a: // LF
        if (this.line.length === 0 && this.lineStyle === null) this.emit({ type: 'text', text: '', ...this.ctx.style });
        else this.emitLine();
        return pos + 1;
      case 0x0d: // CR: ignored in standard mode when auto line feed is off
        return pos + 1;
      case 0x09: // HT: default tab stops every 8 columns
        this.addChar(' '.repeat(8 - (this.line.length % 8)));
        return pos + 1;
      case 0x1b:
        return escCommand(this.ctx, pos);
      case 0x1d:
        return gsCommand(this.ctx, pos);
      case 0x10:
        return this.dle(pos);
      case 0x1c:
        return this.fs(pos);
      default:
        this.problem(pos, 1, `unknown control byte 0x${b.toString(16).padStart(2, '0')}`);
        return pos + 1;
    }
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
