import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { layoutDocument, PrintDocumentSchema, type PrintDocument } from './print-documents';
import { SAMPLE_DOCUMENTS } from './print-samples';
import { receiptBlocksToText, SAMPLE_RECEIPT_ORDER } from './receipt-layout';

const text = (doc: PrintDocument, width: 42 | 32 = 42) => receiptBlocksToText(layoutDocument(doc, width), width);
const english = <D extends PrintDocument>(doc: D): D => JSON.parse(JSON.stringify(doc).replaceAll('"de-DE"', '"en-GB"')) as D;

describe('print documents', () => {
  it.each(Object.entries(SAMPLE_DOCUMENTS))('%s: valid, within 42 and 32 columns, ends with a cut', (_name, doc) => {
    expect(Value.Check(PrintDocumentSchema, doc)).toBe(true);
    for (const width of [42, 32] as const) {
      const blocks = layoutDocument(doc, width);
      for (const b of blocks) if (b.type === 'text') expect(b.text.length).toBeLessThanOrEqual(b.double ? width / 2 : width);
      expect(blocks.at(-1)).toEqual({ type: 'cut' });
    }
  });

  it('refuses documents that do not match their schema', () => {
    expect(Value.Check(PrintDocumentSchema, { kind: 'refund', refund: { ...SAMPLE_DOCUMENTS.refund.refund, amount: -1 } })).toBe(false);
    expect(Value.Check(PrintDocumentSchema, { kind: 'receipt', order: SAMPLE_RECEIPT_ORDER })).toBe(false);
    expect(Value.Check(PrintDocumentSchema, { kind: 'shift-report', report: { ...SAMPLE_DOCUMENTS.xReport.report, type: 'Y' } })).toBe(false);
  });

  it('a sale document is the sale receipt', () => {
    expect(text(SAMPLE_DOCUMENTS.sale)).toContain('SUMME                              13,63 €');
  });

  it('prints a card refund receipt with its lines, amount, tender, reason, approver and the terminal slip', () => {
    const t = text(SAMPLE_DOCUMENTS.refund);
    expect(t).toContain('ERSTATTUNG');
    expect(t).toContain('Bon A-1042                02.12.2026 20:23');
    expect(t).toContain('Freigabe: Maria');
    expect(t).toContain('1 x Cappuccino                        4,00');
    expect(t).toContain('1 Position');
    expect(t).toContain('ERSTATTET                          -4,00 €');
    expect(t).toContain('Erstattet auf Karte                  -4,00');
    expect(t).toContain('Grund: Kalt serviert');
    expect(t).toContain('Gutschrift EUR 4,00');
    expect(t).toContain('[barcode A-1042]');
    const en = text(english(SAMPLE_DOCUMENTS.refund));
    expect(en).toContain('Refunded to Card');
    expect(en).toContain('1 line\n');
    expect(
      text({
        kind: 'refund',
        refund: { ...SAMPLE_DOCUMENTS.refund.refund, reason: '', cardSlipLines: [], staffName: undefined, approvedByName: undefined, reprint: true },
      }),
    ).not.toMatch(/Grund|Kundenbeleg|Freigabe|bediente/);
  });

  it('prints a void receipt with the sale time, the lines and every tender given back', () => {
    const t = text(SAMPLE_DOCUMENTS.void, 32);
    expect(t).toContain('STORNO');
    expect(t).toContain('Bon A-1043      02.12.2026 20:30');
    expect(t).toContain('Verkauft 02.12.2026 20:28');
    expect(t).toContain('2 Positionen');
    expect(t).toContain('STORNIERT                -5,90 €');
    expect(t).toContain('Zurück auf Bar             -5,90');
    const en = text(english({ kind: 'void', void: { ...SAMPLE_DOCUMENTS.void.void, reason: '', cardSlipLines: ['Reversal'] } }));
    expect(en).toContain('2 lines');
    expect(en).toContain('Returned to Cash');
    expect(en).toContain('Reversal');
    expect(en).not.toContain('Reason');
  });

  it('prints a merchant card slip with a signature line, and a customer copy without', () => {
    const t = text(SAMPLE_DOCUMENTS.cardSlip, 32);
    expect(t).toContain('KARTENBELEG');
    expect(t).toContain('Händlerbeleg');
    expect(t).toContain('_'.repeat(32));
    expect(t).toContain('Unterschrift Kunde');
    const customer = text({ kind: 'card-slip', slip: { currency: 'EUR', location: { name: 'Deli' }, copy: 'customer', lines: [] } });
    expect(customer).toContain('Customer copy');
    expect(customer).not.toContain('signature');
    expect(customer).not.toContain('Order');
  });

  it('prints an X report (shift stays open) with net tax bases and every cash figure', () => {
    const t = text(SAMPLE_DOCUMENTS.xReport);
    expect(t).toContain('X-BERICHT');
    expect(t).toContain('Zwischenbericht');
    expect(t).toContain('Gedruckt 02.12.2026 20:23');
    expect(t).toContain('Geöffnet                  02.12.2026 08:00');
    expect(t).not.toContain('Geschlossen');
    expect(t).toContain('Umsatz (41)                         234,56');
    expect(t).toContain('Rabatte                              -3,10');
    expect(t).toContain('Satz               Netto    MwSt.   Brutto');
    // A rate without a name prints as a percentage; the base column is the net.
    expect(t).toContain('7 %               120,00     8,40   128,40');
    expect(t).toContain('MwSt 19%           82,16    15,61    97,77');
    expect(t).toContain('  Bar (30)                          124,56');
    expect(t).toContain('Erstattungen (2)                     -8,00');
    expect(t).toContain('  Karte (1)                          -4,50');
    expect(t).toContain('Stornos (1)                           3,50');
    expect(t).toContain('Entnahmen                           -12,50');
    expect(t).toContain('Soll-Bestand                      178,56 €');
    expect(t).not.toContain('Gezählt');
  });

  it('prints a Z report with the count and the variance, in English for an English location (32 columns)', () => {
    const t = text(english(SAMPLE_DOCUMENTS.zReport), 32);
    expect(t).toContain('Z REPORT');
    expect(t).not.toContain('Interim');
    expect(t).toContain('Closed          02/12/2026 22:04');
    expect(t).toContain('Counted cash             €178.00');
    expect(t).toContain('Variance                  -€0.56');
    expect(
      text({ kind: 'shift-report', report: { ...SAMPLE_DOCUMENTS.zReport.report, report: { ...SAMPLE_DOCUMENTS.zReport.report.report, tax_breakdown: [] } } }),
    ).not.toContain('Netto');
  });
});
