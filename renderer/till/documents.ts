// The papers besides the sale receipt, built from what Dexie holds: refund receipts (with the card
// refund slip), void receipts and X/Z reports, printed through `printer:print-document`.
import type { HardwareClient } from '../../core/hardware-contract';
import { computeOrderTotals } from '../../core/order-totals';
import type { PrintDocument } from '../../core/print-documents';
import type { AppError } from '../../core/result';
import type { TillLocation } from '../../core/sync/catalog';
import type { ShiftReport } from '../../core/sync/shift-report';
import { getSetting, type TillDb } from '../db/till-db';
import { receiptLocation } from './receipt';

type Printed = { ok: true } | { ok: false; error: AppError };

/** Whether this till was paired in test mode: its papers are then marked TEST at the top and bottom. */
export async function isTestModeTill(db: TillDb): Promise<boolean> {
  return (await getSetting(db, 'pairing'))?.livemode === false;
}

function common(location: TillLocation, staffName: string | undefined, reprint: boolean, testMode: boolean) {
  return {
    currency: location.currency,
    location: receiptLocation(location),
    ...(location.locale ? { locale: location.locale } : {}),
    timeZone: location.timezone,
    ...(staffName ? { staffName } : {}),
    ...(reprint ? { reprint: true } : {}),
    ...(testMode ? { testMode: true } : {}),
  };
}

async function staffName(db: TillDb, id: string | null | undefined): Promise<string | undefined> {
  return id ? (await db.staff.get(id))?.name : undefined;
}

/** The refund receipt of one refund row; `cardSlipLines` are the terminal's customer copy (printed right after the refund). */
export async function refundDocument(
  db: TillDb,
  location: TillLocation,
  refundId: string,
  options: { cardSlipLines?: string[]; reprint?: boolean } = {},
): Promise<PrintDocument | null> {
  const refund = await db.refunds.get(refundId);
  const order = refund ? await db.orders.get(refund.order_id) : undefined;
  if (!refund || !order) return null;
  const totals = computeOrderTotals({
    currency: order.currency,
    tax_mode: order.tax_mode,
    cash_rounding: order.cash_rounding,
    discount: order.discount,
    lines: order.lines,
  });
  const lines = refund.lines.flatMap((l) => {
    const snap = order.lines.find((x) => x.id === l.line_id);
    const t = totals.lines.find((x) => x.id === l.line_id);
    return snap && t ? [{ name: snap.name, quantity: l.quantity, amount: Math.round((t.total * l.quantity) / t.quantity) }] : [];
  });
  return {
    kind: 'refund',
    refund: {
      ...common(location, await staffName(db, refund.staff_id), options.reprint === true, await isTestModeTill(db)),
      orderNumber: order.number,
      createdAt: refund.created_at,
      lines,
      amount: refund.amount,
      method: refund.method,
      reason: refund.reason,
      ...(options.cardSlipLines && options.cardSlipLines.length > 0 ? { cardSlipLines: options.cardSlipLines } : {}),
    },
  };
}

/** The void receipt of a voided sale: every line and the tenders given back. */
export async function voidDocument(
  db: TillDb,
  location: TillLocation,
  orderId: string,
  options: { cardSlipLines?: string[]; staffId?: string; reprint?: boolean } = {},
): Promise<PrintDocument | null> {
  const order = await db.orders.get(orderId);
  if (!order || order.status !== 'voided' || !order.voided_at) return null;
  const payments = await db.payments.where('order_id').equals(order.id).toArray();
  const totals = computeOrderTotals({
    currency: order.currency,
    tax_mode: order.tax_mode,
    cash_rounding: order.cash_rounding,
    discount: order.discount,
    lines: order.lines,
  });
  return {
    kind: 'void',
    void: {
      ...common(location, await staffName(db, options.staffId ?? order.staff_id), options.reprint === true, await isTestModeTill(db)),
      orderNumber: order.number,
      createdAt: order.voided_at,
      soldAt: order.completed_at,
      lines: order.lines.map((l) => ({ name: l.name, quantity: l.quantity, amount: totals.lines.find((t) => t.id === l.id)?.total ?? 0 })),
      total: order.totals.total,
      payments: payments.map((p) => ({ method: p.method, amount: p.amount })),
      reason: order.void_reason ?? '',
      ...(options.cardSlipLines && options.cardSlipLines.length > 0 ? { cardSlipLines: options.cardSlipLines } : {}),
    },
  };
}

/** An X report (open shift, nothing reset) or the Z report of a closed shift. */
export async function shiftReportDocument(
  db: TillDb,
  location: TillLocation,
  report: ShiftReport,
  options: { type: 'X' | 'Z'; staffId?: string; reprint?: boolean; now?: Date },
): Promise<PrintDocument> {
  const taxRates = await db.taxRates.toArray();
  return {
    kind: 'shift-report',
    report: {
      ...common(location, await staffName(db, options.staffId), options.reprint === true, await isTestModeTill(db)),
      type: options.type,
      printedAt: (options.now ?? new Date()).toISOString(),
      taxNames: Object.fromEntries(taxRates.map((r) => [r.id, r.name.slice(0, 60)])),
      report,
    },
  };
}

/** Prints a document; a missing one (unknown id) is an error value like a printer fault. */
export async function printDocument(hardware: HardwareClient, document: PrintDocument | null, openDrawer = false): Promise<Printed> {
  if (!document) return { ok: false, error: { code: 'unknown_document', message: 'Nothing to print: the record is not on this till.' } };
  const printed = await hardware.send('printer:print-document', { document, openDrawer });
  return printed.ok ? { ok: true } : { ok: false, error: printed.error };
}
