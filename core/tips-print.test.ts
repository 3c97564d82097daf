// Tips on paper: the sale receipt shows the tip after the total it is not part of and the total incl.
// tip, each tender as taken (amount + tip); X/Z reports show tips per tender and their own total.
// Both at 42 and 32 columns, in German and English.
import { describe, expect, it } from 'vitest';
import { layoutDocument, type PrintDocument } from './print-documents';
import { SAMPLE_DOCUMENTS } from './print-samples';
import { receiptBlocksToText, SAMPLE_RECEIPT_ORDER, type ReceiptOrder, type ReceiptWidth } from './receipt-layout';

const text = (doc: PrintDocument, width: ReceiptWidth) => {
  const blocks = layoutDocument(doc, width);
  for (const b of blocks) if (b.type === 'text') expect(b.text.length, b.text).toBeLessThanOrEqual(b.double ? width / 2 : width);
  return receiptBlocksToText(blocks, width);
};

/** The sample café sale (13.63), paid by card 10.00 + 1.50 tip and cash 3.63 + 0.37 tip from 5.00. */
const tipped: ReceiptOrder = {
  ...SAMPLE_RECEIPT_ORDER,
  locale: 'de-DE',
  payments: [
    { method: 'card', label: 'Karte', amount: 1000, tip: 150 },
    { method: 'cash', label: 'Bar', amount: 363, tip: 37, tendered: 500 },
  ],
  change: 100,
};

describe('tips on the sale receipt', () => {
  it('prints the tip, the total incl. tip and each tender as taken (42 columns)', () => {
    const t = text({ kind: 'sale', order: tipped }, 42);
    expect(t).toContain('SUMME                              13,63 €');
    expect(t).toContain('Trinkgeld                             1,87');
    expect(t).toContain('SUMME INKL. TRINKGELD              15,50 €');
    expect(t).toContain('Karte                                11,50');
    expect(t).toContain('  Trinkgeld                           1,50');
    expect(t).toContain('Bar                                   4,00');
    expect(t).toContain('  Trinkgeld                           0,37');
    expect(t).toContain('  Gegeben                             5,00');
    expect(t).toContain('Rückgeld                              1,00');
    expect(t.indexOf('SUMME INKL. TRINKGELD')).toBeLessThan(t.indexOf('Karte'));
  });

  it('fits 32 columns in English; one tipped tender needs no tip line of its own', () => {
    const order: ReceiptOrder = { ...tipped, locale: 'en-GB', payments: [{ method: 'card', label: 'Card', amount: 1363, tip: 137 }], change: 0 };
    const t = text({ kind: 'sale', order }, 32);
    expect(t).toContain('TOTAL                     €13.63');
    expect(t).toContain('Tip                         1.37');
    expect(t).toContain('TOTAL INCL. TIP           €15.00');
    expect(t).toContain('Card                       15.00');
    expect(t.match(/Tip /g)).toHaveLength(1);
  });

  it('prints no tip lines without a tip', () => {
    const t = text({ kind: 'sale', order: { ...SAMPLE_RECEIPT_ORDER, locale: 'de-DE' } }, 42);
    expect(t).not.toContain('Trinkgeld');
  });
});

describe('tips on X/Z reports', () => {
  const z = SAMPLE_DOCUMENTS.zReport;
  const withTips: PrintDocument = {
    kind: 'shift-report',
    report: {
      ...z.report,
      report: {
        ...z.report.report,
        payments_by_method: [
          { method: 'cash', count: 30, amount: 12_456, tip: 820 },
          { method: 'card', count: 11, amount: 11_000, tip: 1_340 },
        ],
        tips_total: 2_160,
      },
    },
  };

  it.each([42, 32] as const)('shows tips per tender and their total outside the sales (%i columns)', (width) => {
    const t = text(withTips, width);
    const row = (label: string, amount: string) => `${label}${' '.repeat(width - label.length - amount.length)}${amount}`;
    expect(t).toContain(row('  Bar (30)', '124,56'));
    expect(t).toContain(row('    Trinkgeld', '8,20'));
    expect(t).toContain(row('    Trinkgeld', '13,40'));
    expect(t).toContain(row('Trinkgelder', '21,60'));
    expect(t).toContain(row('Umsatz (41)', '234,56'));
  });

  it('a report without tips (or from a till before tips) prints no tip lines', () => {
    expect(text(z, 42)).not.toContain('Trinkgeld');
  });
});
