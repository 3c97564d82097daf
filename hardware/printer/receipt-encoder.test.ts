import { describe, expect, it } from 'vitest';
import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { layoutReceipt, SAMPLE_RECEIPT_ORDER } from '../../core/receipt-layout';
import { decodeEscPos } from '../simulators/escpos-decoder';
import { toReceiptBlocks } from '../simulators/receipt-render';
import { appendBlocks, createThermalPrinter, drawerKickBytes, encodeReceipt, type ThermalInterface } from './receipt-encoder';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function rawLibraryPrinter(iface?: ThermalInterface): ThermalPrinter {
  return new ThermalPrinter({ type: PrinterTypes.EPSON, interface: iface as unknown as string, width: 42, characterSet: CharacterSet.PC858_EURO });
}

describe('node-thermal-printer 4.6 quirks (pinned)', () => {
  it('openCashDrawer() emits 3-byte ESC p commands without pulse times; we send the full 5 bytes', () => {
    const p = rawLibraryPrinter();
    p.clear();
    p.setBuffer(Buffer.alloc(0));
    p.openCashDrawer();
    expect(hex(p.getBuffer())).toBe('1b70001b7001');
    expect(hex(drawerKickBytes(0))).toBe('1b700019fa');
    const ours = encodeReceipt([{ type: 'cut' }], { width: 42, drawerPin: 0 });
    expect(hex(ours.subarray(-5))).toBe('1b700019fa');
    expect(hex(ours)).not.toContain('1b70001b7001');
  });

  it('cut() appends ESC @ (resetting the code page); we re-select PC858 so text after a cut keeps €', () => {
    const p = rawLibraryPrinter();
    p.setBuffer(Buffer.alloc(0));
    p.cut();
    p.println('€5');
    expect(hex(p.getBuffer())).toContain('1d56001b40');
    // The library thinks PC858 is still active and sends 0xD5 for €, which code page 0 prints as ╒.
    const broken = decodeEscPos(p.getBuffer()).blocks.find((b) => b.type === 'text');
    expect(broken).toMatchObject({ text: '╒5' });

    const ours = createThermalPrinter({ width: 42 });
    appendBlocks(ours, [{ type: 'cut' }, { type: 'text', text: '€5 £ äöüß éñ', align: 'left', bold: false, double: false }]);
    const decoded = decodeEscPos(ours.getBuffer());
    expect(decoded.problems).toEqual([]);
    expect(decoded.blocks.find((b) => b.type === 'text')).toMatchObject({ text: '€5 £ äöüß éñ' });
  });

  it('execute() does not clear the buffer: a reused instance resends the previous receipt', async () => {
    const sent: Buffer[] = [];
    const iface: ThermalInterface = {
      execute: async (b) => void sent.push(Buffer.from(b)),
      isPrinterConnected: async () => true,
      getPrinterName: () => 'memory',
    };
    const p = rawLibraryPrinter(iface);
    p.println('first');
    await p.execute();
    p.println('second');
    await p.execute();
    expect(
      decodeEscPos(sent[1] as Buffer)
        .blocks.filter((b) => b.type === 'text')
        .map((b) => (b as { text: string }).text),
    ).toEqual(['first', 'second']);
    // The driver calls clear() after execute(); clear() leaves only the code page selection.
    p.clear();
    expect(hex(p.getBuffer())).toBe('1b7413');
  });
});

describe('receipt encoding decodes back to the layout', () => {
  it.each([42, 32] as const)('full sample receipt at %i columns', (width) => {
    const blocks = layoutReceipt(SAMPLE_RECEIPT_ORDER, width);
    const decoded = decodeEscPos(encodeReceipt(blocks, { width, drawerPin: 0 }));
    expect(decoded.problems).toEqual([]);
    expect(decoded.pending).toBe(0);
    expect(toReceiptBlocks(decoded.blocks)).toEqual(blocks);
    expect(decoded.blocks.filter((b) => b.type === 'drawer')).toEqual([{ type: 'drawer', pin: 0, onMs: 50, offMs: 500 }]);
    expect(decoded.blocks).toContainEqual({ type: 'barcode', symbology: 'CODE128', data: 'A-1042' });
  });

  it('cross-checks the decoder against a second encoder (@point-of-sale/receipt-printer-encoder)', () => {
    const enc = new ReceiptPrinterEncoder({ language: 'esc-pos', columns: 42 });
    const bytes = enc
      .initialize()
      .codepage('cp858')
      .line('Grüße aus Köln: € 1,00 £ ñ é ß')
      .bold(true)
      .line('BOLD')
      .bold(false)
      .underline(true)
      .line('under')
      .underline(false)
      .align('right')
      .line('right')
      .align('left')
      .barcode('A-1042', 'code128', 60)
      .qrcode('https://pos.example/r/1')
      .cut()
      .pulse()
      .encode();
    const decoded = decodeEscPos(bytes);
    expect(decoded.problems).toEqual([]);
    const texts = decoded.blocks.filter((b) => b.type === 'text' && b.text !== '').map((b) => b as { text: string; bold: boolean; underline: boolean });
    expect(texts.map((t) => t.text.trim())).toEqual(['Grüße aus Köln: € 1,00 £ ñ é ß', 'BOLD', 'under', 'right']);
    expect(texts[1]?.bold).toBe(true);
    expect(texts[2]?.underline).toBe(true);
    expect(decoded.blocks).toContainEqual({ type: 'barcode', symbology: 'CODE128', data: 'A-1042' });
    expect(decoded.blocks).toContainEqual({ type: 'qr', data: 'https://pos.example/r/1' });
    expect(decoded.blocks).toContainEqual({ type: 'cut', partial: false });
    expect(decoded.blocks.some((b) => b.type === 'drawer' && b.pin === 0)).toBe(true);
  });

  it('reports unknown commands instead of skipping them', () => {
    const decoded = decodeEscPos(Uint8Array.from([0x41, 0x1b, 0x99, 0x42, 0x0a, 0x1d, 0xee, 0x01, 0x0a]));
    expect(decoded.problems.map((p) => p.message)).toEqual(['unknown command ESC 0x99', 'unknown command GS 0xee', 'unknown control byte 0x01']);
    expect(decoded.problems[0]).toMatchObject({ offset: 1, bytes: '1b 99' });
  });

  it('waits for the rest of a command split across chunks', () => {
    const bytes = encodeReceipt(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42), { width: 42 });
    const whole = decodeEscPos(bytes).blocks;
    const blocks: unknown[] = [];
    // Byte-by-byte feeding must give the same result as one chunk.
    return import('../simulators/escpos-decoder').then(({ EscPosDecoder }) => {
      const d = new EscPosDecoder({ block: (b) => blocks.push(b) });
      for (const byte of bytes) d.push(Uint8Array.of(byte));
      d.flushLine();
      expect(blocks).toEqual(whole);
    });
  });
});
