import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import fc from 'fast-check';
import { formatMoneyWithSymbol, layoutReceipt, leftRight, ReceiptOrderSchema, receiptBlocksToText, SAMPLE_RECEIPT_ORDER, wrapText, type ReceiptOrder } from './receipt-layout';

describe('receipt layout', () => {
  it('the sample order satisfies its own schema, and bad input does not', () => {
    expect(Value.Check(ReceiptOrderSchema, SAMPLE_RECEIPT_ORDER)).toBe(true);
    expect(Value.Check(ReceiptOrderSchema, { ...SAMPLE_RECEIPT_ORDER, currency: 'euro' })).toBe(false);
    expect(Value.Check(ReceiptOrderSchema, { ...SAMPLE_RECEIPT_ORDER, change: -1 })).toBe(false);
    expect(Value.Check(ReceiptOrderSchema, { ...SAMPLE_RECEIPT_ORDER, extra: 1 })).toBe(false);
  });

  it.each([42, 32] as const)('no text line exceeds %i columns', (width) => {
    const blocks = layoutReceipt(SAMPLE_RECEIPT_ORDER, width);
    for (const b of blocks) if (b.type === 'text') expect(b.text.length).toBeLessThanOrEqual(b.double ? width / 2 : width);
    expect(blocks.at(-1)).toEqual({ type: 'cut' });
    expect(blocks).toContainEqual({ type: 'barcode', data: 'A-1042' });
    expect(blocks).toContainEqual({ type: 'qr', data: 'https://pos.example/r/A-1042' });
  });

  it('lays out lines, modifiers, discounts, totals, tenders, change, taxes and slip lines (42 columns)', () => {
    const text = receiptBlocksToText(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42), 42);
    expect(text).toContain('2 x Cappuccino                        8.00');
    expect(text).toContain('    @ 3.50');
    expect(text).toContain('    + Hafermilch                   (+0.50)');
    expect(text).toContain('    Staff 10%                      (-0.27)');
    expect(text).toContain('Happy hour                           -1.00');
    expect(text).toContain('TOTAL                               €13.63');
    expect(text).toContain('Change                                1.37');
    expect(text).toContain('MwSt 19%            5.88     1.12     7.00');
    expect(text).toContain('Betrag EUR 10,00');
    expect(text).toContain('1 x Käsekuchen mit Sahne und frischen 4.20');
  });

  it('marks reprints as copies', () => {
    const blocks = layoutReceipt({ ...SAMPLE_RECEIPT_ORDER, reprint: true }, 32);
    expect(blocks[0]).toEqual({ type: 'text', text: '*** COPY ***', align: 'center', bold: true, double: false });
  });

  it('formats amounts with a fixed symbol', () => {
    expect(formatMoneyWithSymbol(0, 'EUR')).toBe('€0.00');
    expect(formatMoneyWithSymbol(-5, 'GBP')).toBe('-£0.05');
    expect(formatMoneyWithSymbol(123456, 'SEK')).toBe('SEK 1234.56');
    expect(formatMoneyWithSymbol(500, 'JPY')).toBe('JPY 500');
  });

  it('wraps without losing words and respects the width', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zäöü]{1,12}$/), { maxLength: 20 }), fc.integer({ min: 12, max: 42 }), (words, w) => {
        const wrapped = wrapText(words.join(' '), w);
        expect(wrapped.every((l) => l.length <= w)).toBe(true);
        expect(wrapped.join(' ').split(' ').filter(Boolean)).toEqual(words);
      }),
    );
    expect(leftRight('abc', '1.00', 10)).toEqual(['abc   1.00']);
  });

  it('lays out a tax-exclusive order with weighed, free and negative modifiers, a note and no optional parts (32 columns)', () => {
    const order: ReceiptOrder = {
      orderNumber: 'B-7',
      createdAt: '2026-11-23T18:05:00-05:00',
      currency: 'USD',
      location: { name: 'Deli' },
      lines: [
        { name: 'Salad bar (lb)', quantity: 0.5, unitPrice: 1299, total: 650 },
        {
          name: 'Bagel',
          quantity: 1,
          unitPrice: 250,
          modifiers: [{ name: 'No butter', priceDelta: 0 }, { name: 'Day-old', priceDelta: -50 }],
          total: 200,
          note: 'toast it lightly please',
        },
      ],
      taxes: [{ label: 'Sales tax 8.875%', rateBp: 888, net: 850, tax: 75, gross: 925 }],
      totals: { subtotal: 850, discount: 0, tax: 75, total: 925, taxInclusive: false },
      payments: [{ method: 'cash', label: 'Cash', amount: 925, tendered: 925 }],
      change: 0,
    };
    expect(Value.Check(ReceiptOrderSchema, order)).toBe(true);
    const blocks = layoutReceipt(order, 32);
    // No header lines, tax id, staff, discounts, "Given", change, card slips, QR code, footer or COPY mark.
    expect(receiptBlocksToText(blocks, 32)).toBe(
      [
        '      Deli',
        '',
        'Order B-7       2026-11-23 18:05',
        '--------------------------------',
        '0.5 x Salad bar (lb)        6.50',
        '    @ 12.99',
        '1 x Bagel                   2.00',
        '    + No butter',
        '    + Day-old            (-0.50)',
        '    toast it lightly please',
        '--------------------------------',
        'Subtotal                    8.50',
        'Tax                         0.75',
        'TOTAL                      $9.25',
        '--------------------------------',
        'Cash                        9.25',
        '--------------------------------',
        'Tax          Net     Tax   Gross',
        'Sales ta    8.50    0.75    9.25', // the label column is 8 wide on 58 mm paper
        '--------------------------------',
        '[barcode B-7]',
        '--- cut ---',
      ].join('\n'),
    );
    expect(blocks.filter((b) => b.type === 'qr')).toEqual([]);
  });

  it('prints no tax table when the order has no tax lines', () => {
    const text = receiptBlocksToText(layoutReceipt({ ...SAMPLE_RECEIPT_ORDER, taxes: [] }, 42), 42);
    expect(text).not.toContain('Net');
    expect(text).not.toContain('Incl. tax');
    expect(text).toContain('TOTAL');
  });

  it('prints a card slip only when the terminal sent lines for it', () => {
    const rules = (o: ReceiptOrder) => layoutReceipt(o, 42).filter((b) => b.type === 'text' && b.text === '-'.repeat(42)).length;
    const card = SAMPLE_RECEIPT_ORDER.payments[1];
    expect(card?.cardSlipLines?.length).toBeGreaterThan(0);
    const noSlip = { ...SAMPLE_RECEIPT_ORDER, payments: SAMPLE_RECEIPT_ORDER.payments.map((p) => ({ ...p, cardSlipLines: [] })) };
    expect(rules(SAMPLE_RECEIPT_ORDER) - rules(noSlip)).toBe(1);
    expect(receiptBlocksToText(layoutReceipt(noSlip, 42), 42)).not.toContain('Kundenbeleg');
  });

  it('always returns a line per paragraph within the width, and leftRight keeps the right part on the first line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 1, max: 42 }), fc.stringMatching(/^[0-9.,-]{1,10}$/), (s, w, right) => {
        const wrapped = wrapText(s, w);
        expect(wrapped.length).toBeGreaterThanOrEqual(s.split('\n').length);
        expect(wrapped.every((l) => l.length <= w)).toBe(true);
        const width = w + 11;
        const lr = leftRight(s, right, width);
        expect(lr[0]?.endsWith(right)).toBe(true);
        expect(lr[0]).toHaveLength(width);
      }),
    );
  });

  it('breaks a word longer than the line, and puts an over-long right part on its own line', () => {
    expect(wrapText('0123456789ABCDEF tail', 10)).toEqual(['0123456789', 'ABCDEF', 'tail']);
    expect(wrapText('first\n\nthird', 10)).toEqual(['first', '', 'third']);
    for (const bad of [0, -3, 2.5, Number.NaN]) expect(() => wrapText('text', bad)).toThrow(RangeError);
    expect(leftRight('Ref', '1234567890', 10)).toEqual(['Ref', '1234567890']);
    expect(leftRight('Ref', '12345', 6)).toEqual(['Ref', ' 12345']);
    expect(leftRight('', '1.00', 10)).toEqual(['      1.00']);
  });

  it('renders right-aligned and double-width blocks in text previews', () => {
    const text = receiptBlocksToText(
      [
        { type: 'text', text: 'right', align: 'right', bold: false, double: false },
        { type: 'text', text: 'wide', align: 'right', bold: true, double: true },
        { type: 'text', text: 'left', align: 'left', bold: false, double: true },
      ],
      32,
    );
    expect(text.split('\n')).toEqual(['right'.padStart(32), 'wide'.padStart(16), 'left']);
  });
});
