// Every paper the till prints, as pure layouts over one document union: sale receipts, refund
// receipts, void receipts, card slips (e.g. the merchant copy of a card refund) and X/Z reports,
// for 42- and 32-column paper, in the location's language, locale and time zone.
import { Type, type Static } from 'typebox';
import { formatNumber, formatPercent } from './locale-format';
import {
  documentWriter,
  layoutReceipt,
  LocaleFields,
  ReceiptLocationSchema,
  ReceiptOrderSchema,
  taxTable,
  TestModeField,
  wrapText,
  type DocumentWriter,
  type ReceiptBlock,
  type ReceiptWidth,
} from './receipt-layout';
import { ShiftReportSchema } from './sync/shift-report';
import { Amount, Currency, Money, Text } from './schema-primitives';

const When = Type.String({ minLength: 10, maxLength: 40, description: 'ISO 8601' });
const Method = Type.Union([Type.Literal('cash'), Type.Literal('card'), Type.Literal('external')]);
const OrderNumber = Type.String({ minLength: 1, maxLength: 40, pattern: '^[\\x20-\\x7e]+$' });
const SlipLines = Type.Array(Text(80), { maxItems: 80 });

/** A line as it left (refund) or was cancelled (void): quantity and the money it stood for. */
export const DocumentLineSchema = Type.Object(
  { name: Text(), quantity: Type.Number({ exclusiveMinimum: 0 }), amount: Money() },
  { additionalProperties: false },
);

const common = {
  currency: Currency,
  location: ReceiptLocationSchema,
  staffName: Type.Optional(Text(60)),
  /** The manager whose PIN allowed it. */
  approvedByName: Type.Optional(Text(60)),
  reprint: Type.Optional(Type.Boolean()),
  ...LocaleFields,
  ...TestModeField,
};

export const RefundReceiptSchema = Type.Object(
  {
    orderNumber: OrderNumber,
    /** When the money went back. */
    createdAt: When,
    lines: Type.Array(DocumentLineSchema, { maxItems: 500 }),
    amount: Amount(),
    method: Method,
    reason: Text(500),
    /** The terminal's customer-copy lines of a card refund. */
    cardSlipLines: Type.Optional(SlipLines),
    ...common,
  },
  { additionalProperties: false },
);
export type RefundReceipt = Static<typeof RefundReceiptSchema>;

export const VoidReceiptSchema = Type.Object(
  {
    orderNumber: OrderNumber,
    /** When the sale was voided, and when it was sold. */
    createdAt: When,
    soldAt: When,
    lines: Type.Array(DocumentLineSchema, { maxItems: 500 }),
    total: Amount(),
    /** Tenders given back (cash out of the drawer, card reversed). */
    payments: Type.Array(Type.Object({ method: Method, amount: Amount() }, { additionalProperties: false }), { maxItems: 20 }),
    reason: Text(500),
    cardSlipLines: Type.Optional(SlipLines),
    ...common,
  },
  { additionalProperties: false },
);
export type VoidReceipt = Static<typeof VoidReceiptSchema>;

export const CardSlipSchema = Type.Object(
  {
    copy: Type.Union([Type.Literal('merchant'), Type.Literal('customer')]),
    orderNumber: Type.Optional(OrderNumber),
    lines: SlipLines,
    /** A signature line (merchant copy of a refund or a signature-verified payment). */
    signature: Type.Optional(Type.Boolean()),
    ...common,
  },
  { additionalProperties: false },
);
export type CardSlip = Static<typeof CardSlipSchema>;

export const ShiftReportDocumentSchema = Type.Object(
  {
    /** X: the open shift so far (nothing is reset); Z: the closed shift with its cash count. */
    type: Type.Union([Type.Literal('X'), Type.Literal('Z')]),
    printedAt: When,
    /** Tax rate names by id; a missing name prints the rate. */
    taxNames: Type.Optional(Type.Record(Type.String(), Text(60))),
    report: ShiftReportSchema,
    ...common,
  },
  { additionalProperties: false },
);
export type ShiftReportDocument = Static<typeof ShiftReportDocumentSchema>;

export const PrintDocumentSchema = Type.Union([
  Type.Object({ kind: Type.Literal('sale'), order: ReceiptOrderSchema }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('refund'), refund: RefundReceiptSchema }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('void'), void: VoidReceiptSchema }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('card-slip'), slip: CardSlipSchema }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('shift-report'), report: ShiftReportDocumentSchema }, { additionalProperties: false }),
]);
export type PrintDocument = Static<typeof PrintDocumentSchema>;

function documentLines(w: DocumentWriter, lines: readonly Static<typeof DocumentLineSchema>[]): void {
  for (const l of lines) w.pair(`${formatNumber(l.quantity, w.ctx.locale)} x ${l.name}`, w.amt(l.amount));
}

function people(w: DocumentWriter, doc: { staffName?: string; approvedByName?: string }, staffKey: 'servedBy' | 'staff' = 'servedBy'): void {
  if (doc.staffName) w.lines(wrapText(w.t(staffKey, { name: doc.staffName }), w.width));
  if (doc.approvedByName) w.lines(wrapText(w.t('approvedBy', { name: doc.approvedByName }), w.width));
}

function slip(w: DocumentWriter, lines: readonly string[] | undefined): void {
  if (!lines || lines.length === 0) return;
  w.rule();
  for (const l of lines) w.lines(wrapText(l, w.width));
}

/** The lines and the end shared by refund and void receipts: line count, reason, card slip, barcode, footer. */
function linesBlock(w: DocumentWriter, lines: readonly Static<typeof DocumentLineSchema>[]): void {
  w.rule();
  documentLines(w, lines);
  w.text(w.t('lineCount', { count: lines.length }));
  w.rule();
}

function documentTail(w: DocumentWriter, doc: RefundReceipt | VoidReceipt): void {
  if (doc.reason) w.lines(wrapText(w.t('reason', { reason: doc.reason }), w.width));
  slip(w, doc.cardSlipLines);
  w.rule();
  w.blocks.push({ type: 'barcode', data: doc.orderNumber });
  w.footer(doc.location);
}

export function layoutRefundReceipt(doc: RefundReceipt, width: ReceiptWidth): ReceiptBlock[] {
  const w = documentWriter(doc, width);
  const { t } = w;
  w.header(doc.location, doc.reprint);
  w.text(t('refundTitle'), 'center', true, true);
  w.pair(t('order', { number: doc.orderNumber }), w.when(doc.createdAt));
  people(w, doc);
  linesBlock(w, doc.lines);
  w.pair(t('refundTotal'), w.money(-doc.amount), true);
  w.pair(t('refundedTo', { method: t(doc.method) }), w.amt(-doc.amount));
  documentTail(w, doc);
  return w.blocks;
}

export function layoutVoidReceipt(doc: VoidReceipt, width: ReceiptWidth): ReceiptBlock[] {
  const w = documentWriter(doc, width);
  const { t } = w;
  w.header(doc.location, doc.reprint);
  w.text(t('voidTitle'), 'center', true, true);
  w.pair(t('order', { number: doc.orderNumber }), w.when(doc.createdAt));
  w.lines(wrapText(t('soldAt', { when: w.when(doc.soldAt) }), width));
  people(w, doc);
  linesBlock(w, doc.lines);
  w.pair(t('voidTotal'), w.money(-doc.total), true);
  for (const p of doc.payments) w.pair(t('returnedTo', { method: t(p.method) }), w.amt(-p.amount));
  documentTail(w, doc);
  return w.blocks;
}

export function layoutCardSlip(doc: CardSlip, width: ReceiptWidth): ReceiptBlock[] {
  const w = documentWriter(doc, width);
  const { t } = w;
  w.header(doc.location, doc.reprint);
  w.text(t('cardSlipTitle'), 'center', true);
  w.text(doc.copy === 'merchant' ? t('merchantCopy') : t('customerCopy'), 'center');
  if (doc.orderNumber) w.text(t('order', { number: doc.orderNumber }), 'center');
  people(w, doc, 'staff');
  slip(w, doc.lines);
  if (doc.signature) {
    w.text('');
    w.text('');
    w.text('_'.repeat(width));
    w.text(t('signature'), 'center');
  }
  w.end();
  return w.blocks;
}

export function layoutShiftReport(doc: ShiftReportDocument, width: ReceiptWidth): ReceiptBlock[] {
  const w = documentWriter(doc, width);
  const { t, amt } = w;
  const r = doc.report;
  const counted = (label: string, count: number) => `${label} (${count})`;
  w.header(doc.location, doc.reprint);
  w.text(doc.type === 'X' ? t('xReport') : t('zReport'), 'center', true, true);
  if (doc.type === 'X') w.lines(wrapText(t('xReportNote'), width), 'center');
  w.lines(wrapText(t('printedAt', { when: w.when(doc.printedAt) }), width));
  people(w, doc, 'staff');
  w.pair(t('opened'), w.when(r.opened_at));
  if (r.closed_at) w.pair(t('closed'), w.when(r.closed_at));
  w.rule();
  w.pair(counted(t('sales'), r.sales_count), amt(r.sales_total), true);
  w.pair(t('discounts'), amt(-r.discount_total));
  if (r.tax_breakdown.length > 0) {
    w.rule();
    // Net bases, like the back office's shift page: the same figures on paper and on screen.
    const rows = r.tax_breakdown.map((b) => ({
      label: doc.taxNames?.[b.tax_rate_id] ?? formatPercent(b.rate_ppm / 100, w.ctx.locale),
      net: b.net,
      tax: b.tax,
      gross: b.gross,
    }));
    taxTable(w, t('taxBase'), rows);
  }
  w.rule();
  w.text(t('tenders'), 'left', true);
  for (const m of r.payments_by_method) {
    w.pair(`  ${counted(t(m.method), m.count)}`, amt(m.amount));
    if (m.tip) w.pair(`  ${t('tipOn')}`, amt(m.tip));
  }
  // Tips are not sales: their own total, as in the back office's shift page.
  if (r.tips_total) w.pair(t('tips'), amt(r.tips_total), true);
  w.pair(counted(t('refunds'), r.refunds_count), amt(-r.refunds_total));
  for (const m of r.refunds_by_method) w.pair(`  ${counted(t(m.method), m.count)}`, amt(-m.amount));
  w.pair(counted(t('voids'), r.voids_count), amt(r.voids_total));
  w.rule();
  w.pair(t('openingFloat'), amt(r.opening_float));
  w.pair(t('paidIn'), amt(r.cash_paid_in));
  w.pair(t('paidOut'), amt(-r.cash_paid_out));
  w.pair(t('drops'), amt(-r.cash_drops));
  w.pair(t('expectedCash'), w.money(r.expected_cash), true);
  if (r.counted_cash !== null) w.pair(t('countedCash'), w.money(r.counted_cash), true);
  if (r.variance !== null) w.pair(t('variance'), w.money(r.variance), true);
  w.end();
  return w.blocks;
}

/** The blocks of any printable document. */
export function layoutDocument(doc: PrintDocument, width: ReceiptWidth): ReceiptBlock[] {
  switch (doc.kind) {
    case 'sale':
      return layoutReceipt(doc.order, width);
    case 'refund':
      return layoutRefundReceipt(doc.refund, width);
    case 'void':
      return layoutVoidReceipt(doc.void, width);
    case 'card-slip':
      return layoutCardSlip(doc.slip, width);
    case 'shift-report':
      return layoutShiftReport(doc.report, width);
  }
}
