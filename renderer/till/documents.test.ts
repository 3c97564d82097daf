import { afterEach, describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { ok } from '../../core/result';
import { layoutDocument, PrintDocumentSchema, type PrintDocument } from '../../core/print-documents';
import { receiptBlocksToText } from '../../core/receipt-layout';
import type { HardwareClient } from '../../core/hardware-contract';
import { recordSale } from '../db/sales';
import { recordRefund, recordVoid } from '../db/sale-refunds';
import { closeShift, openShift } from '../db/shifts';
import { cartOf, freshTillDb, seedPairedTill, TEST_LOCATION } from '../db/test-till';
import { getSetting, putSetting, type TillDb } from '../db/till-db';
import { receiptFor, receiptText } from './checkout';
import { printDocument, refundDocument, shiftReportDocument, voidDocument } from './documents';

const STAFF = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
const BERLIN = { ...TEST_LOCATION, locale: 'de-DE' };
let db: TillDb;
afterEach(async () => {
  await db?.delete();
});

const text = (doc: PrintDocument | null) => {
  expect(doc && Value.Check(PrintDocumentSchema, doc)).toBe(true);
  return receiptBlocksToText(layoutDocument(doc!, 42), 42);
};

async function till() {
  db = freshTillDb();
  const { product } = await seedPairedTill(db, { location: BERLIN });
  await db.staff.put({ id: STAFF, name: 'Jörg', role: 'cashier', pin_hash: 'x', active: true } as never);
  const shift = await openShift(db, { staffId: STAFF, openingFloat: 10_000, now: new Date('2026-12-02T07:00:00Z') });
  if (!shift.ok) throw new Error(shift.error.message);
  return product;
}

describe('till documents', () => {
  it('builds the refund receipt of a partial refund: the returned lines, the tender, in German and Berlin time', async () => {
    const product = await till();
    const sale = await recordSale(db, {
      cart: cartOf(product, 3),
      tenders: [{ method: 'cash', amount: 1050, tendered: 1050 }],
      staffId: STAFF,
      now: new Date('2026-12-02T19:00:00Z'),
    });
    if (!sale.ok) throw new Error(sale.error.message);
    const lineId = sale.value.order.lines[0]!.id;
    const refund = await recordRefund(db, {
      orderId: sale.value.order.id,
      lines: [{ line_id: lineId, quantity: 1 }],
      reason: 'Kalt',
      staffId: STAFF,
      now: new Date('2026-12-02T19:23:00Z'),
    });
    if (!refund.ok) throw new Error(refund.error.message);
    const t = text(await refundDocument(db, BERLIN, refund.value[0]!.id, { cardSlipLines: [] }));
    expect(t).toContain('ERSTATTUNG');
    expect(t).toMatch(new RegExp(`Bon ${sale.value.order.number} +02.12.2026 20:23`));
    expect(t).toContain('1 x Flat white                        3,50');
    expect(t).toContain('1 Position');
    expect(t).toContain('Erstattet auf Bar                    -3,50');
    expect(t).toContain('Es bediente Sie Jörg');
    expect(text(await refundDocument(db, BERLIN, refund.value[0]!.id, { reprint: true }))).toContain('*** KOPIE ***');
    expect(await refundDocument(db, BERLIN, 'ref_unknown')).toBeNull();
  });

  it('builds the void receipt of a voided sale and refuses one that is not voided', async () => {
    const product = await till();
    const sale = await recordSale(db, {
      cart: cartOf(product, 2),
      tenders: [{ method: 'cash', amount: 700, tendered: 1000 }],
      staffId: STAFF,
      now: new Date('2026-12-02T19:00:00Z'),
    });
    if (!sale.ok) throw new Error(sale.error.message);
    expect(await voidDocument(db, BERLIN, sale.value.order.id)).toBeNull();
    expect((await recordVoid(db, { orderId: sale.value.order.id, reason: 'Falsch gebucht', staffId: STAFF, now: new Date('2026-12-02T19:05:00Z') })).ok).toBe(
      true,
    );
    const t = text(await voidDocument(db, BERLIN, sale.value.order.id));
    expect(t).toContain('STORNO');
    expect(t).toContain('Verkauft 02.12.2026 20:00');
    expect(t).toContain('2 x Flat white                        7,00');
    expect(t).toContain('STORNIERT                          -7,00 €');
    expect(t).toContain('Zurück auf Bar                       -7,00');
    expect(t).toContain('Grund: Falsch gebucht');
  });

  it('builds X and Z reports with tax names, and prints through printer:print-document', async () => {
    const product = await till();
    await recordSale(db, { cart: cartOf(product, 1), tenders: [{ method: 'cash', amount: 350, tendered: 350 }], staffId: STAFF });
    const closed = await closeShift(db, { staffId: STAFF, countedCash: 10_300, now: new Date('2026-12-02T21:00:00Z') });
    if (!closed.ok) throw new Error(closed.error.message);
    const doc = await shiftReportDocument(db, BERLIN, closed.value.report!, { type: 'Z', staffId: STAFF, now: new Date('2026-12-02T21:01:00Z') });
    const t = text(doc);
    expect(t).toContain('Z-BERICHT');
    expect(t).toContain('VAT 19%');
    expect(t).toContain('Differenz                          -0,50 €');
    const sent: unknown[] = [];
    const hardware = {
      send: async (channel: string, args: unknown) => (sent.push([channel, args]), ok({ bytes: 1, drawerOpened: false })),
    } as unknown as HardwareClient;
    expect(await printDocument(hardware, doc)).toEqual({ ok: true });
    expect(sent).toEqual([['printer:print-document', { document: doc, openDrawer: false }]]);
    expect(await printDocument(hardware, null)).toMatchObject({ ok: false, error: { code: 'unknown_document' } });
  });

  it('a till paired in test mode marks its refund, void and report papers and its sale receipts TEST, top and bottom', async () => {
    const product = await till();
    const pairing = await getSetting(db, 'pairing');
    await putSetting(db, 'pairing', { ...pairing!, livemode: false });
    const sale = await recordSale(db, { cart: cartOf(product, 2), tenders: [{ method: 'cash', amount: 700, tendered: 700 }], staffId: STAFF });
    if (!sale.ok) throw new Error(sale.error.message);
    const lineId = sale.value.order.lines[0]!.id;
    const refund = await recordRefund(db, { orderId: sale.value.order.id, lines: [{ line_id: lineId, quantity: 1 }], reason: 'Test', staffId: STAFF });
    if (!refund.ok) throw new Error(refund.error.message);
    const closed = await closeShift(db, { staffId: STAFF, countedCash: 10_350, now: new Date('2026-12-02T21:00:00Z') });
    if (!closed.ok) throw new Error(closed.error.message);
    const marked = (t: string) => t.split('TESTBELEG - keine Zahlung').length - 1;
    expect(marked(text(await refundDocument(db, BERLIN, refund.value[0]!.id)))).toBe(2);
    expect(marked(text(await shiftReportDocument(db, BERLIN, closed.value.report!, { type: 'Z' })))).toBe(2);
    const receipt = await receiptFor({ db, location: BERLIN }, sale.value.order.id);
    expect(receipt?.testMode).toBe(true);
    expect(marked(receiptText(receipt!))).toBe(2);
    // A live till (livemode true or a pairing from before test mode existed) prints no mark.
    await putSetting(db, 'pairing', { ...pairing!, livemode: true });
    expect(text(await refundDocument(db, BERLIN, refund.value[0]!.id))).not.toContain('TEST');
    expect((await receiptFor({ db, location: BERLIN }, sale.value.order.id))?.testMode).toBeUndefined();
  });
});
