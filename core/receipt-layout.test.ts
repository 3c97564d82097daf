import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import fc from 'fast-check';
import {
  formatMoneyWithSymbol,
  layoutReceipt,
  leftRight,
  ReceiptOrderSchema,
  receiptBlocksToText,
  SAMPLE_RECEIPT_ORDER,
  taxTableLines,
  wrapText,
  type ReceiptOrder,
} from './receipt-layout';

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
      locale: 'en-US',
      timeZone: 'America/New_York',
      lines: [
        { name: 'Salad bar (lb)', quantity: 0.5, unitPrice: 1299, total: 650 },
        {
          name: 'Bagel',
          quantity: 1,
          unitPrice: 250,
          modifiers: [
            { name: 'No butter', priceDelta: 0 },
            { name: 'Day-old', priceDelta: -50 },
          ],
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
        'Order B-7    11/23/2026 06:05 PM', // the shop's zone, not UTC
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
        'Sales tax 8.875%',
        '            8.50    0.75    9.25', // the label column is 8 wide on 58 mm paper: a longer label gets its own line
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
    expect(leftRight('Ref', '1234567890 12345', 10)).toEqual(['Ref', '1234567890', '     12345']);
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

  it('prints a Berlin café receipt in German with German dates and amounts in Berlin time', () => {
    const text = receiptBlocksToText(
      layoutReceipt({ ...SAMPLE_RECEIPT_ORDER, createdAt: '2026-12-02T19:23:00.000Z', locale: 'de-DE', timeZone: 'Europe/Berlin', reprint: true }, 42),
      42,
    );
    expect(text).toContain('*** KOPIE ***');
    expect(text).toContain('Bon A-1042                02.12.2026 20:23');
    expect(text).toContain('Es bediente Sie Jörg');
    expect(text).toContain('2 x Cappuccino                        8,00');
    expect(text).toContain('    @ 3,50');
    expect(text).toContain('Zwischensumme                        14,63');
    expect(text).toContain('SUMME                              13,63 €');
    expect(text).toContain('  Gegeben                             5,00');
    expect(text).toContain('Rückgeld                              1,37');
    expect(text).toContain('Enth. MwSt.        Netto    MwSt.   Brutto');
  });

  it('names the customer under the cashier and a changed price under its line, in the receipt language', () => {
    const [first, ...rest] = SAMPLE_RECEIPT_ORDER.lines;
    const order: ReceiptOrder = { ...SAMPLE_RECEIPT_ORDER, customerName: 'Jana Novák', lines: [{ ...first!, originalPrice: 420 }, ...rest] };
    const english = receiptBlocksToText(layoutReceipt(order, 42), 42).split('\n');
    expect(english).toContain('Customer: Jana Novák');
    expect(english[english.findIndex((l) => l.includes(first!.name)) + (first!.quantity !== 1 ? 2 : 1)]).toBe('    Price changed (was 4.20)');
    const german = receiptBlocksToText(layoutReceipt({ ...order, locale: 'de-DE' }, 32), 32);
    expect(german).toContain('Kunde: Jana Novák');
    expect(german).toContain('    Preis geändert (statt 4,20)');
    // Without them, neither line is printed.
    const plain = receiptBlocksToText(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42), 42);
    expect(plain).not.toContain('Customer:');
    expect(plain).not.toContain('Price changed');
  });

  it('falls back to en-US and UTC for an unknown locale or time zone', () => {
    const text = receiptBlocksToText(layoutReceipt({ ...SAMPLE_RECEIPT_ORDER, locale: 'xx-invalid-locale-tag', timeZone: 'Mars/Olympus' }, 42), 42);
    expect(text).toContain('Order A-1042           11/23/2026 10:30 AM');
    expect(text).toContain('Subtotal');
  });
});

describe('32-column paper: nothing is cut, nothing overflows (wraps instead)', () => {
  const squeeze = (lines: string[]) => lines.join('').replace(/\s+/g, '');
  const word = fc.stringMatching(/^[A-Za-zäöüß%0-9.]{1,40}$/);
  const label = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
  const amount = fc.integer({ min: -999_999_999, max: 999_999_999 });

  it('leftRight keeps every character of both parts within the width (property)', () => {
    fc.assert(
      fc.property(label, fc.stringMatching(/^[0-9.,()+€-]{1,45}$/), fc.constantFrom(32, 42), (left, right, width) => {
        const lines = leftRight(left, right, width);
        expect(lines.every((l) => l.length <= width)).toBe(true);
        // Every character of both parts is printed (nothing cut), and the right part ends a line (flush right).
        const chars = (t: string) => [...t].sort().join('');
        expect(chars(squeeze(lines))).toBe(chars(squeeze([left, right])));
        expect(lines.some((l) => l.endsWith(right.length <= width ? right : right.slice(-1)))).toBe(true);
      }),
    );
  });

  it('the tax table keeps whole labels and whole amounts within the width (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label, net: amount, tax: amount, gross: amount }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom(32, 42),
        (taxes, inclusive, width) => {
          const rows = taxes.map((t) => ({ label: t.label, net: (t.net / 100).toFixed(2), tax: (t.tax / 100).toFixed(2), gross: (t.gross / 100).toFixed(2) }));
          const lines = taxTableLines(rows, inclusive ? 'Incl. tax' : 'Tax', width);
          expect(lines.every((l) => l.length <= width)).toBe(true);
          const all = squeeze(lines);
          expect(all).toContain(inclusive ? 'Incl.tax' : 'Tax');
          for (const r of rows) {
            expect(all).toContain(squeeze([r.label]));
            for (const a of [r.net, r.tax, r.gross]) expect(lines.some((l) => l.split(/\s+/).includes(a))).toBe(true);
          }
        },
      ),
    );
  });

  it('whole receipts with long tax labels, names and huge amounts stay within 32 and 42 columns (property)', () => {
    fc.assert(
      fc.property(label, label, fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom(32, 42) as fc.Arbitrary<32 | 42>, (taxLabel, name, big, width) => {
        const order: ReceiptOrder = {
          ...SAMPLE_RECEIPT_ORDER,
          lines: [{ ...SAMPLE_RECEIPT_ORDER.lines[0]!, name, total: big, unitPrice: big }],
          taxes: [{ label: taxLabel, rateBp: 1900, net: big, tax: big, gross: big }],
          totals: { ...SAMPLE_RECEIPT_ORDER.totals, total: big, subtotal: big },
        };
        const blocks = layoutReceipt(order, width);
        for (const b of blocks) if (b.type === 'text') expect(b.text.length).toBeLessThanOrEqual(b.double ? width / 2 : width);
        expect(squeeze(blocks.flatMap((b) => (b.type === 'text' ? [b.text] : [])))).toContain(squeeze([taxLabel]));
      }),
    );
  });

  it('a long tax label at 32 columns goes on its own line above its amounts', () => {
    expect(taxTableLines([{ label: 'MwSt 19% (Speisen)', net: '5.88', tax: '1.12', gross: '7.00' }], 'Incl. tax', 32)).toEqual([
      'Incl. tax',
      '             Net     Tax   Gross',
      'MwSt 19% (Speisen)',
      '            5.88    1.12    7.00',
    ]);
    expect(taxTableLines([{ label: 'VAT', net: '12345.67', tax: '0.00', gross: '12345.67' }], 'Tax', 32)).toEqual([
      'Tax          Net     Tax   Gross',
      'VAT',
      '  Net                   12345.67',
      '  Tax                       0.00',
      '  Gross                 12345.67',
    ]);
  });
});
