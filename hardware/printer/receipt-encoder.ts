// Receipt blocks → ESC/POS bytes through node-thermal-printer, with its 4.6 quirks worked around
// (each pinned by a test in receipt-encoder.test.ts).
import { BreakLine, CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import type { ReceiptBlock, ReceiptWidth } from '../../core/receipt-layout';

/** PC858 holds € £ ä ö ü ß é ñ and the other Western European letters in one page. */
export const RECEIPT_CODE_PAGE = CharacterSet.PC858_EURO;
export const ESC_T_PC858 = [0x1b, 0x74, 19] as const;
/** ESC @: back to power-on state (styles, alignment, code page), so nothing leaks in from the previous job. */
export const ESC_INIT = [0x1b, 0x40] as const;

/** The full drawer kick `ESC p m t1 t2`: pin m, 50 ms on (0x19 × 2 ms), 500 ms off (0xFA × 2 ms). */
export function drawerKickBytes(pin: 0 | 1 = 0): Buffer {
  return Buffer.from([0x1b, 0x70, pin, 0x19, 0xfa]);
}

/** What node-thermal-printer's custom interface must provide (it accepts any object in place of a URI). */
export interface ThermalInterface {
  execute(buffer: Buffer, options?: unknown): Promise<unknown>;
  isPrinterConnected(): Promise<boolean>;
  getPrinterName(): string;
}

export interface EncoderOptions {
  width: ReceiptWidth;
  model?: 'epson' | 'star';
  /** Custom interface (serial, TCP or file link); only needed when the caller uses `execute()`. */
  iface?: ThermalInterface;
}

export function createThermalPrinter(options: EncoderOptions): ThermalPrinter {
  return new ThermalPrinter({
    type: options.model === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
    // The typings only allow a URI string, the library also takes an interface object (see lib/interfaces/index.js).
    interface: options.iface as unknown as string,
    width: options.width,
    characterSet: RECEIPT_CODE_PAGE,
    removeSpecialCharacters: false,
    // Lines arrive wrapped by core/receipt-layout; the library must not re-wrap them.
    breakLine: BreakLine.NONE,
  });
}

/**
 * Empties the buffer and starts a job: ESC @ first, then the code page (ESC @ resets it to PC437).
 * Every job (receipt, reprint, refund, report, drawer kick, test slip) is built by `buildJob`, so
 * every job starts this way.
 */
export function startJob(printer: ThermalPrinter): void {
  printer.setBuffer(Buffer.from(ESC_INIT));
  printer.setCharacterSet(RECEIPT_CODE_PAGE);
}

export interface JobOptions extends EncoderOptions {
  /** Kick the drawer on this pin after the blocks; null/undefined = no kick. */
  drawerPin?: 0 | 1 | null;
}

/** The one way a print job is built: init + code page, the blocks, the optional drawer kick. */
export function buildJob(blocks: ReceiptBlock[], options: JobOptions): ThermalPrinter {
  const printer = createThermalPrinter(options);
  startJob(printer);
  appendBlocks(printer, blocks);
  // Quirk: openCashDrawer() emits two 3-byte `ESC p m` commands without pulse times; send the full 5 bytes.
  if (options.drawerPin !== undefined && options.drawerPin !== null) printer.append(drawerKickBytes(options.drawerPin));
  return printer;
}

/** Appends the blocks to the printer's buffer. */
export function appendBlocks(printer: ThermalPrinter, blocks: ReceiptBlock[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'text':
        if (block.align === 'center') printer.alignCenter();
        else if (block.align === 'right') printer.alignRight();
        else printer.alignLeft();
        // ESC ! also clears emphasis, so size goes first and bold after.
        if (block.double) printer.setTextQuadArea();
        else printer.setTextNormal();
        printer.bold(block.bold);
        printer.println(block.text);
        break;
      case 'barcode':
        printer.alignCenter();
        // The typings lag the Epson implementation, which reads hriPos/hriFont and sends `width` as the GS w module width.
        printer.code128(block.data, { width: 2, height: 60, hriPos: 2, hriFont: 0 } as unknown as Parameters<ThermalPrinter['code128']>[1]);
        break;
      case 'qr':
        printer.alignCenter();
        printer.printQR(block.data, { cellSize: 6, correction: 'M', model: 2 });
        break;
      case 'cut':
        printer.alignLeft();
        printer.setTextNormal();
        printer.cut();
        // Quirk: cut() appends ESC @, which resets the printer to code page 0 while the library
        // still believes PC858 is active; re-select it so text after the cut keeps € and umlauts.
        printer.setCharacterSet(RECEIPT_CODE_PAGE);
        break;
    }
  }
}

/** Encodes a whole job as one byte string (what the driver sends). */
export function encodeReceipt(blocks: ReceiptBlock[], options: JobOptions): Buffer {
  return Buffer.from(buildJob(blocks, options).getBuffer());
}
