// X and Z reports: a shift's sales, tenders, refunds and the cash that should be in the drawer,
// as a pure function over the shift's records (the till computes it; `shift.closed` carries it).
import { Type, type Static } from 'typebox';
import { TaxBreakdownSchema, type OrderSnapshot } from './order-snapshot';
import { taxBreakdown, type TaxBreakdownLine } from '../tax';
import { Id, Money, Timestamp } from '../schema-primitives';

export type TenderMethod = 'cash' | 'card' | 'external';
export type CashMovementKind = 'paid_in' | 'paid_out' | 'drop';

export const MethodTotalSchema = Type.Object(
  {
    method: Type.Union([Type.Literal('cash'), Type.Literal('card'), Type.Literal('external')]),
    count: Type.Integer({ minimum: 0 }),
    amount: Money(),
    /** tips taken on this tender (not in `amount`); absent in reports of tills from before tips */
    tip: Type.Optional(Money()),
  },
  { additionalProperties: false },
);

export const ShiftReportSchema = Type.Object(
  {
    shift_id: Id,
    opened_at: Timestamp(),
    closed_at: Type.Union([Timestamp(), Type.Null()]),
    opening_float: Money(),
    sales_count: Type.Integer({ minimum: 0 }),
    /** Σ totals of completed, not voided sales */
    sales_total: Money(),
    discount_total: Money(),
    tax_total: Money(),
    tax_breakdown: Type.Array(TaxBreakdownSchema, { maxItems: 50 }),
    voids_count: Type.Integer({ minimum: 0 }),
    voids_total: Money(),
    refunds_count: Type.Integer({ minimum: 0 }),
    refunds_total: Money(),
    /** money taken per tender, voided sales excluded */
    payments_by_method: Type.Array(MethodTotalSchema, { maxItems: 3 }),
    refunds_by_method: Type.Array(MethodTotalSchema, { maxItems: 3 }),
    /** Σ tips on kept sales, all tenders (not in sales_total); absent in reports of tills from before tips */
    tips_total: Type.Optional(Money()),
    cash_paid_in: Money(),
    cash_paid_out: Money(),
    cash_drops: Money(),
    /** opening float + cash sales + cash tips − cash refunds + paid in − paid out − drops */
    expected_cash: Money(),
    counted_cash: Type.Union([Money(), Type.Null()]),
    /** counted − expected (negative = drawer is short); null until counted */
    variance: Type.Union([Money(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type ShiftReport = Static<typeof ShiftReportSchema>;

export interface ReportShift {
  id: string;
  opened_at: string;
  closed_at: string | null;
  opening_float: number;
}

export interface ReportOrder {
  order: Pick<OrderSnapshot, 'id' | 'totals' | 'payments'>;
  voided: boolean;
}

export interface ReportRefund {
  amount: number;
  method: TenderMethod;
}

export interface ReportCashMovement {
  kind: CashMovementKind;
  amount: number;
}

const METHODS: TenderMethod[] = ['cash', 'card', 'external'];

type MethodTotal = ShiftReport['payments_by_method'][number];

function byMethod(entries: { method: TenderMethod; amount: number; tip: number }[], withTips: boolean): MethodTotal[] {
  return METHODS.map((method): MethodTotal => {
    const mine = entries.filter((e) => e.method === method);
    const row = { method, count: mine.length, amount: mine.reduce((sum, e) => sum + e.amount, 0) };
    return withTips ? { ...row, tip: mine.reduce((sum, e) => sum + e.tip, 0) } : row;
  }).filter((row) => row.count > 0);
}

/**
 * The report of one shift. Voided sales count in `voids_*` only (their tenders were given back).
 * Tips are reported per tender and in `tips_total`, never in `sales_total`; cash tips stay in the
 * drawer, so they are part of the expected cash (paying them out to staff is a paid-out movement).
 * Refunds reduce the expected cash when they went back in cash. `counted_cash` turns an X report
 * (still open, nothing counted) into a Z report with its variance.
 */
export function computeShiftReport(input: {
  shift: ReportShift;
  orders: readonly ReportOrder[];
  refunds: readonly ReportRefund[];
  cashMovements: readonly ReportCashMovement[];
  countedCash?: number | null;
}): ShiftReport {
  const kept = input.orders.filter((o) => !o.voided).map((o) => o.order);
  const voided = input.orders.filter((o) => o.voided).map((o) => o.order);
  const payments = kept.flatMap((o) => o.payments.map((p) => ({ method: p.method, amount: p.amount, tip: p.tip ?? 0 })));
  const refunds = input.refunds.map((r) => ({ method: r.method, amount: r.amount, tip: 0 }));
  const sumKind = (kind: CashMovementKind) => input.cashMovements.filter((m) => m.kind === kind).reduce((sum, m) => sum + m.amount, 0);
  const cashIn = sumKind('paid_in');
  const cashOut = sumKind('paid_out');
  const drops = sumKind('drop');
  const cashSales = payments.filter((p) => p.method === 'cash').reduce((sum, p) => sum + p.amount + p.tip, 0);
  const cashRefunds = refunds.filter((r) => r.method === 'cash').reduce((sum, r) => sum + r.amount, 0);
  const expected = input.shift.opening_float + cashSales - cashRefunds + cashIn - cashOut - drops;
  const counted = input.countedCash ?? null;
  const breakdown: TaxBreakdownLine[] = taxBreakdown(kept.flatMap((o) => o.totals.tax_breakdown));
  return {
    shift_id: input.shift.id,
    opened_at: input.shift.opened_at,
    closed_at: input.shift.closed_at,
    opening_float: input.shift.opening_float,
    sales_count: kept.length,
    sales_total: kept.reduce((sum, o) => sum + o.totals.total, 0),
    discount_total: kept.reduce((sum, o) => sum + o.totals.discount_total, 0),
    tax_total: kept.reduce((sum, o) => sum + o.totals.tax_total, 0),
    tax_breakdown: breakdown,
    voids_count: voided.length,
    voids_total: voided.reduce((sum, o) => sum + o.totals.total, 0),
    refunds_count: refunds.length,
    refunds_total: refunds.reduce((sum, r) => sum + r.amount, 0),
    payments_by_method: byMethod(payments, true),
    refunds_by_method: byMethod(refunds, false),
    tips_total: payments.reduce((sum, p) => sum + p.tip, 0),
    cash_paid_in: cashIn,
    cash_paid_out: cashOut,
    cash_drops: drops,
    expected_cash: expected,
    counted_cash: counted,
    variance: counted === null ? null : counted - expected,
  };
}
