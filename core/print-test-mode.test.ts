// Test-mode documents (issue 13/10): every receipt, slip and report of a till paired in test mode says
// TEST and "TESTBELEG - keine Zahlung" (or the English) at its top and again just above the cut, in
// 42 and 32 columns; live documents carry no mark.
import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { layoutDocument, PrintDocumentSchema, type PrintDocument } from './print-documents';
import { SAMPLE_DOCUMENTS } from './print-samples';
import { layoutReceipt, ReceiptOrderSchema, receiptBlocksToText, SAMPLE_RECEIPT_ORDER, type ReceiptBlock } from './receipt-layout';

/** The same document from a test-mode till, in `locale`. */
function inTestMode(doc: PrintDocument, locale: string): PrintDocument {
  const [key, body] = Object.entries(doc).find(([k]) => k !== 'kind') as [string, Record<string, unknown>];
  return { ...doc, [key]: { ...body, locale, testMode: true } } as PrintDocument;
}

const texts = (blocks: ReceiptBlock[]) => blocks.flatMap((b) => (b.type === 'text' ? [b] : []));

describe('test-mode marking on paper', () => {
  it.each(Object.entries(SAMPLE_DOCUMENTS))('%s: marked at the top and above the cut, in German and English, 42 and 32 columns', (_name, doc) => {
    for (const [locale, note] of [
      ['de-DE', 'TESTBELEG - keine Zahlung'],
      ['en-GB', 'TEST RECEIPT - no payment'],
    ] as const) {
      const marked = inTestMode(doc, locale);
      expect(Value.Check(PrintDocumentSchema, marked)).toBe(true);
      for (const width of [42, 32] as const) {
        const blocks = layoutDocument(marked, width);
        const lines = texts(blocks);
        // Top: the banner (large, bold) and the note are the first two lines, before the shop name.
        expect(lines[0]).toEqual({ type: 'text', text: '*** TEST ***', align: 'center', bold: true, double: true });
        expect(lines[1]).toMatchObject({ text: note, align: 'center', bold: true });
        // Bottom: the same two lines right before the cut.
        expect(blocks.at(-1)).toEqual({ type: 'cut' });
        expect(blocks.slice(-3, -1)).toEqual([lines[0], lines[1]]);
        for (const l of lines) expect(l.text.length).toBeLessThanOrEqual(l.double ? width / 2 : width);
        const printed = receiptBlocksToText(blocks, width);
        expect(printed.split(note).length - 1).toBe(2);
      }
    }
  });

  it('a live document has no test mark', () => {
    for (const doc of Object.values(SAMPLE_DOCUMENTS)) {
      for (const width of [42, 32] as const) expect(receiptBlocksToText(layoutDocument(doc, width), width)).not.toMatch(/TEST/);
    }
    expect(receiptBlocksToText(layoutReceipt({ ...SAMPLE_RECEIPT_ORDER, testMode: false }))).not.toMatch(/TEST/);
  });

  it('a test-mode sale receipt is valid and its reprint keeps the copy mark under the test mark', () => {
    const order = { ...SAMPLE_RECEIPT_ORDER, locale: 'de-DE', testMode: true, reprint: true };
    expect(Value.Check(ReceiptOrderSchema, order)).toBe(true);
    expect(receiptBlocksToText(layoutReceipt(order, 32), 32).split('\n').slice(0, 3)).toEqual([
      '  *** TEST ***',
      '   TESTBELEG - keine Zahlung',
      '         *** KOPIE ***',
    ]);
  });
});
