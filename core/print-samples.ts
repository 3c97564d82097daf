// One sample of every printable document (print tests, previews, simulator demos), all from the
// Berlin café of SAMPLE_RECEIPT_ORDER, in German and Berlin time.
import type { PrintDocument } from './print-documents';
import { SAMPLE_RECEIPT_ORDER } from './receipt-layout';
import type { ShiftReport } from './sync/shift-report';

const berlin = { currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin', location: SAMPLE_RECEIPT_ORDER.location, staffName: 'Jörg' };

export const SAMPLE_SHIFT_REPORT: ShiftReport = {
  shift_id: 'shf_01JBSAMPLE0000000000000000',
  opened_at: '2026-12-02T07:00:00.000Z',
  closed_at: null,
  opening_float: 15_000,
  sales_count: 41,
  sales_total: 23_456,
  discount_total: 310,
  tax_total: 2_401,
  tax_breakdown: [
    { tax_rate_id: 'tax_reduced', rate_ppm: 70_000, net: 12_000, tax: 840, gross: 12_840 },
    { tax_rate_id: 'tax_standard', rate_ppm: 190_000, net: 8_216, tax: 1_561, gross: 9_777 },
  ],
  voids_count: 1,
  voids_total: 350,
  refunds_count: 2,
  refunds_total: 800,
  payments_by_method: [
    { method: 'cash', count: 30, amount: 12_456 },
    { method: 'card', count: 11, amount: 11_000 },
  ],
  refunds_by_method: [
    { method: 'cash', count: 1, amount: 350 },
    { method: 'card', count: 1, amount: 450 },
  ],
  cash_paid_in: 2_000,
  cash_paid_out: 1_250,
  cash_drops: 10_000,
  expected_cash: 17_856,
  counted_cash: null,
  variance: null,
};

export const SAMPLE_DOCUMENTS = {
  sale: { kind: 'sale', order: { ...SAMPLE_RECEIPT_ORDER, locale: 'de-DE', timeZone: 'Europe/Berlin' } },
  refund: {
    kind: 'refund',
    refund: {
      ...berlin,
      orderNumber: 'A-1042',
      createdAt: '2026-12-02T19:23:00.000Z',
      lines: [{ name: 'Cappuccino', quantity: 1, amount: 400 }],
      amount: 400,
      method: 'card',
      reason: 'Kalt serviert',
      approvedByName: 'Maria',
      cardSlipLines: ['Kundenbeleg', 'girocard', 'Gutschrift EUR 4,00', 'Beleg-Nr 0002'],
    },
  },
  void: {
    kind: 'void',
    void: {
      ...berlin,
      orderNumber: 'A-1043',
      createdAt: '2026-12-02T19:30:00.000Z',
      soldAt: '2026-12-02T19:28:00.000Z',
      lines: [
        { name: 'Espresso', quantity: 2, amount: 500 },
        { name: 'Brötchen', quantity: 1, amount: 90 },
      ],
      total: 590,
      payments: [{ method: 'cash', amount: 590 }],
      reason: 'Falsch gebucht',
      approvedByName: 'Maria',
    },
  },
  cardSlip: {
    kind: 'card-slip',
    slip: { ...berlin, copy: 'merchant', orderNumber: 'A-1042', lines: ['Händlerbeleg', 'girocard', 'Gutschrift EUR 4,00', 'Beleg-Nr 0002'], signature: true },
  },
  xReport: {
    kind: 'shift-report',
    report: { ...berlin, type: 'X', printedAt: '2026-12-02T19:23:00.000Z', taxNames: { tax_standard: 'MwSt 19%' }, report: SAMPLE_SHIFT_REPORT },
  },
  zReport: {
    kind: 'shift-report',
    report: {
      ...berlin,
      type: 'Z',
      printedAt: '2026-12-02T21:05:00.000Z',
      report: { ...SAMPLE_SHIFT_REPORT, closed_at: '2026-12-02T21:04:00.000Z', counted_cash: 17_800, variance: -56 },
    },
  },
} satisfies Record<string, PrintDocument>;
