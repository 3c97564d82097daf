import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import fc from 'fast-check';
import { formatMoneyWithSymbol, layoutReceipt, leftRight, ReceiptOrderSchema, receiptBlocksToText, SAMPLE_RECEIPT_ORDER, wrapText } from './receipt-layout';

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
});
