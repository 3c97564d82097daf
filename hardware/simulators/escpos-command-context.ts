// What an ESC/POS command handler of the printer simulator's decoder works on: the buffered bytes, the
// current text style, code page and stored QR data, and where blocks, problems and status requests go.
// The decoder (escpos-decoder.ts) owns the buffer and the text line; escpos-esc-commands.ts and
// escpos-gs-commands.ts decode the ESC and GS command tables against this context.
import type { DecodedBlock, StatusRequest, TextStyle } from './escpos-blocks';

/** A handler's answer when the command at `pos` is not wholly buffered yet: wait for more bytes. */
export const NEED_MORE = Symbol('need-more');
/** The position after the decoded command, or NEED_MORE. */
export type Step = number | typeof NEED_MORE;

export interface CommandContext {
  /** Bytes buffered (positions are indexes into them). */
  readonly length: number;
  /** Whether `n` bytes from `pos` are buffered. */
  need(pos: number, n: number): boolean;
  at(i: number): number;
  slice(from: number, to: number): Uint8Array;
  /** The style text printed from now on takes. */
  style: TextStyle;
  codePage: number;
  /** QR data stored by GS ( k … 80, printed by GS ( k … 81. */
  qrData: Uint8Array | null;
  emit(block: DecodedBlock): void;
  /** Reports the `len` bytes at `at` as a problem (never skipped silently). */
  problem(at: number, len: number, message: string): void;
  status(request: StatusRequest): void;
  /** Emits the text line being built, as a printer does before a cut, feed or image. */
  flushLine(): void;
}
