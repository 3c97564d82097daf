// Applies one till mutation inside its savepoint of the push's transaction: writes the orders,
// payments, refunds, shifts or cash movements and records their events in that same transaction.
// A business rule that fails returns an error (the mutation is recorded as rejected), never throws.
// A price changed at the till travels on its line (price_override) and is checked here (price-overrides.ts).
// A part of a sale the server leaves out (an unknown customer) is returned as a note: the sale is kept.
//
// Events a till emits (docs/sync.md): a sale → order.created, payment.succeeded per tender,
// order.paid (plus inventory.* from stock); paying an API order → payment.succeeded…, order.paid;
// a void → order.voided; a refund → order.refunded; a Z report → shift.closed; a declined or aborted
// card payment → payment.failed. A settings change (settings.changed) is audit only: no event.
import type { Order } from '../../core/api/orders';
import { computeOrderTotals, type OrderTotals } from '../../core/order-totals';
import { amountTipped, isSettled, refundForLines, validateRefund } from '../../core/payments';
import { validateTip } from '../../core/tips';
import { err, ok, type Result } from '../../core/result';
import { weighedUnitPrice } from '../../core/weighed-price';
import type { TypedMutation } from '../../core/sync/mutations';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import { recordEvent, recordEvents, type NewEvent } from '../events/outbox';
import { recordFailedPayment } from '../orders/failed-payments';
import { addPayment, addRefund, linesFromTotals, lockOrder, orderEvent, voidOrder, writeOrder, type WrittenOrder } from '../orders/orders-repository';
import type { Queryable } from '../storage/database';
import type { DevicePrincipal } from './devices';
import { checkPriceOverridesAgainst, priceOverrideLookups } from './price-overrides';
import { applySettingsChange } from './settings-changes';

/** What the server left out of an applied mutation, with why (the push result carries it as `error`). */
export interface AppliedNote {
  code: string;
  message: string;
}
type Applied = Result<AppliedNote | null>;

const TOTAL_FIELDS = ['subtotal', 'discount_total', 'tax_total', 'total', 'net_total'] as const;

function recompute(order: OrderSnapshot): Result<OrderTotals> {
  try {
    const totals = computeOrderTotals({
      currency: order.currency,
      tax_mode: order.tax_mode,
      cash_rounding: order.cash_rounding,
      discount: order.discount,
      lines: order.lines,
    });
    const wrong = TOTAL_FIELDS.filter((field) => totals[field] !== order.totals[field]);
    if (wrong.length > 0) {
      return err(
        'totals_mismatch',
        `The sale's ${wrong.join(', ')} do not match its lines (till says ${wrong.map((f) => order.totals[f]).join('/')}, lines give ${wrong.map((f) => totals[f]).join('/')}).`,
      );
    }
    return ok(totals);
  } catch (cause) {
    return err('invalid_order', (cause as Error).message);
  }
}

export function paymentRecords(order: OrderSnapshot, device: DevicePrincipal) {
  return order.payments.map((p) => ({
    id: p.id,
    method: p.method,
    amount: p.amount,
    tip: p.tip ?? 0,
    tendered: p.tendered,
    change: p.change,
    reference: p.reference,
    card: p.card,
    device_id: device.id,
    occurred_at: p.created_at,
  }));
}

export function paymentEvents(device: DevicePrincipal, order: Order, paymentIds: string[], occurredAt: string): NewEvent[] {
  return order.payments
    .filter((p) => paymentIds.includes(p.id))
    .map((payment) => ({
      businessId: device.businessId,
      type: 'payment.succeeded',
      locationId: order.location_id,
      deviceId: device.id,
      occurredAt,
      data: { object: { ...payment, location_id: order.location_id, currency: order.currency } },
    }));
}

/** An order event of this device (its business is known, so no lookup). */
async function recordDeviceOrderEvent(
  tx: Queryable,
  device: DevicePrincipal,
  type: string,
  order: Order,
  occurredAt: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await recordEvents(tx, [orderEvent(device.businessId, type, order, { deviceId: device.id, occurredAt, extra })]);
}

/** A unique violation of the orders primary key: the sale's id is taken. */
function isOrderIdTaken(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === '23505' && e.constraint === 'orders_pkey';
}

/** A weighed line is one weighing: quantity 1, no modifiers, and priced at its weight (the till's rounding, once). */
function checkWeighedLines(order: OrderSnapshot): Result<void> {
  for (const line of order.lines) {
    if (!line.weight) continue;
    if (line.quantity !== 1 || line.modifiers.length > 0) return err('invalid_weighed_line', `Weighed line ${line.id} must have quantity 1 and no modifiers.`);
    const price = weighedUnitPrice(line.weight);
    if (line.unit_price !== price)
      return err(
        'weight_price_mismatch',
        `Weighed line ${line.id} costs ${price} for ${line.weight.net_grams} g at ${line.weight.price_per_kg}/kg, the till says ${line.unit_price}.`,
      );
  }
  return ok(undefined);
}

/**
 * The till's tips: each cash tender's tendered − change is its amount plus its tip, and all tips
 * together stay under the cap of core/tips.ts against the order total (`tipsSoFar`: tips already on it).
 */
function checkTips(order: OrderSnapshot, orderTotal: number, tipsSoFar: number): Result<void> {
  for (const p of order.payments) {
    if (p.tendered !== null && p.tendered - (p.change ?? 0) !== p.amount + (p.tip ?? 0)) {
      return err(
        'tender_mismatch',
        `Payment ${p.id}: tendered ${p.tendered} − change ${p.change ?? 0} is not the amount ${p.amount} plus the tip ${p.tip ?? 0}.`,
      );
    }
  }
  const tips = validateTip(orderTotal, tipsSoFar, amountTipped(order.payments));
  return tips.ok ? ok(undefined) : err(tips.error.code, `${tips.error.message}.`);
}

/** What a till sale's checks need from the database: see `checkTillSale`. */
export interface SaleLookups {
  soldByWeight: ReadonlySet<string>;
  staff: ReadonlySet<string>;
  /** customers of this business in the till's mode */
  customers: ReadonlySet<string>;
}

/** A till sale that passed its checks: its totals as recomputed and the customer kept on it (with a note when left out). */
export interface CheckedSale {
  totals: OrderTotals;
  customerId: string | null;
  note: AppliedNote | null;
}

/**
 * Every business rule of a till sale (source 'till'), in memory: weighed lines, tips, price
 * overrides, totals, payments. Shared by the per-mutation path and the set-based group write
 * (push-set-write.ts), so both accept and reject exactly the same sales.
 */
export function checkTillSale(device: DevicePrincipal, order: OrderSnapshot, lookups: SaleLookups): Result<CheckedSale> {
  if (order.location_id !== device.locationId) return err('wrong_location', `Order ${order.id} is for another location.`);
  const weighed = checkWeighedLines(order);
  if (!weighed.ok) return weighed;
  const tips = checkTips(order, order.totals.total, 0);
  if (!tips.ok) return tips;
  const overrides = checkPriceOverridesAgainst(order, lookups);
  if (!overrides.ok) return overrides;
  const totals = recompute(order);
  if (!totals.ok) return totals;
  const customer = customerOfBusiness(order.customer_id ?? null, lookups.customers);
  if (!isSettled(order.totals.total, order.payments, order.cash_rounding)) return err('not_paid', "The sale's payments do not cover its total.");
  return ok({ totals: totals.value, customerId: customer.id, note: customer.note });
}

/** What `checkTillSale` needs looked up for these sales, in one statement (none when nothing needs it). */
export async function lookUpSales(tx: Queryable, device: DevicePrincipal, orders: OrderSnapshot[]): Promise<SaleLookups> {
  const productIds = new Set<string>();
  const approvers = new Set<string>();
  const customers = new Set<string>();
  for (const order of orders) {
    const needed = priceOverrideLookups(order);
    for (const id of needed.productIds) productIds.add(id);
    for (const id of needed.approvers) approvers.add(id);
    if (order.customer_id) customers.add(order.customer_id);
  }
  if (productIds.size === 0 && approvers.size === 0 && customers.size === 0) return { soldByWeight: new Set(), staff: new Set(), customers: new Set() };
  // A customer of the other mode (test vs live) is as unknown to this till as another business's.
  const { rows } = await tx.query<{ weighed: string[]; staff: string[]; customers: string[] }>(
    `SELECT ARRAY(SELECT id FROM products WHERE business_id = $1 AND id = ANY ($2::text[]) AND sold_by_weight) AS weighed,
            ARRAY(SELECT id FROM staff WHERE business_id = $1 AND id = ANY ($3::text[])) AS staff,
            ARRAY(SELECT id FROM customers WHERE business_id = $1 AND id = ANY ($4::text[]) AND livemode = $5) AS customers`,
    [device.businessId, [...productIds], [...approvers], [...customers], device.livemode],
  );
  return { soldByWeight: new Set(rows[0]!.weighed), staff: new Set(rows[0]!.staff), customers: new Set(rows[0]!.customers) };
}

async function applyOrderCompleted(tx: Queryable, device: DevicePrincipal, order: OrderSnapshot): Promise<Applied> {
  if (order.source === 'api') return payApiOrder(tx, device, order);
  const checked = checkTillSale(device, order, await lookUpSales(tx, device, [order]));
  if (!checked.ok) return checked;
  const customer = { id: checked.value.customerId, note: checked.value.note };
  const totals = { value: checked.value.totals };
  // Rows built in memory and written in two statements, the events in one; no read-back (bench/: server).
  let written: WrittenOrder;
  try {
    written = await writeOrder(tx, {
      id: order.id,
      businessId: device.businessId,
      locationId: device.locationId,
      source: 'till',
      deviceId: device.id,
      staffId: order.staff_id,
      shiftId: order.shift_id,
      number: order.number,
      currency: order.currency,
      taxMode: order.tax_mode,
      cashRounding: order.cash_rounding,
      discount: order.discount,
      totals: order.totals,
      lines: linesFromTotals(totals.value, order.lines),
      payments: paymentRecords(order, device),
      customerNote: order.customer_note,
      customerId: customer.id,
      occurredAt: order.completed_at,
    });
  } catch (error) {
    // The insert failed (the transaction is rolled back with the rejection): no check before it, the key itself is the check.
    if (isOrderIdTaken(error)) return err('order_exists', `An order ${order.id} already exists; a till sale gets a new id.`);
    throw error;
  }
  const created = written.order;
  await recordEvents(tx, [
    ...written.stockEvents,
    orderEvent(device.businessId, 'order.created', created, { deviceId: device.id, occurredAt: order.created_at }),
    ...paymentEvents(
      device,
      created,
      order.payments.map((p) => p.id),
      order.completed_at,
    ),
    ...(created.status === 'paid' ? [orderEvent(device.businessId, 'order.paid', created, { deviceId: device.id, occurredAt: order.completed_at })] : []),
  ]);
  return ok(customer.note);
}

/**
 * The sale's customer when it is one of this business's (`known`); otherwise none, with a note. The
 * money was taken, so an unknown customer never costs the sale: only the link is refused (docs/decisions.md).
 */
function customerOfBusiness(customerId: string | null, known: ReadonlySet<string>): { id: string | null; note: AppliedNote | null } {
  if (!customerId) return { id: null, note: null };
  if (known.has(customerId)) return { id: customerId, note: null };
  return { id: null, note: { code: 'customer_not_found', message: `No customer ${customerId} in this business; the sale was kept without a customer.` } };
}

/** The till took payment for an order created through the API: add the payments to the cloud's order. */
async function payApiOrder(tx: Queryable, device: DevicePrincipal, snapshot: OrderSnapshot): Promise<Applied> {
  const order = await lockOrder(tx, device.businessId, snapshot.id);
  if (!order || order.location_id !== device.locationId || order.livemode !== device.livemode)
    return err('unknown_order', `No order ${snapshot.id} at this till's location.`);
  if (order.status !== 'open' && order.status !== 'partially_paid') {
    return err(
      'order_not_open',
      `Order ${order.number} is already ${order.status.replace('_', ' ')}; the till's payment was not added (refund the customer if they paid twice).`,
    );
  }
  const balance = order.totals.balance_due;
  const paying = snapshot.payments.reduce((sum, p) => sum + p.amount, 0);
  if (!isSettled(balance, snapshot.payments, snapshot.cash_rounding) || paying > balance + snapshot.cash_rounding) {
    return err('amount_mismatch', `The till took ${paying} but order ${order.number} has ${balance} due.`);
  }
  const tips = checkTips(snapshot, order.totals.total, order.totals.tip);
  if (!tips.ok) return tips;
  let current = order;
  for (const payment of paymentRecords(snapshot, device)) current = (await addPayment(tx, device.businessId, order.id, payment)).order;
  await recordEvents(tx, [
    ...paymentEvents(
      device,
      current,
      snapshot.payments.map((p) => p.id),
      snapshot.completed_at,
    ),
    ...(current.status === 'paid' ? [orderEvent(device.businessId, 'order.paid', current, { deviceId: device.id, occurredAt: snapshot.completed_at })] : []),
  ]);
  return ok(null);
}

async function applyVoid(tx: Queryable, device: DevicePrincipal, payload: TypedMutation<'order.voided'>['payload']): Promise<Applied> {
  const order = await lockOrder(tx, device.businessId, payload.order_id);
  if (!order || order.location_id !== device.locationId || order.livemode !== device.livemode)
    return err('unknown_order', `No order ${payload.order_id} at this till's location.`);
  if (order.status === 'voided') return err('already_voided', `Order ${order.number} is already voided.`);
  if (order.totals.amount_refunded > 0) return err('order_refunded', `Order ${order.number} has refunds; it cannot be voided.`);
  const voided = await voidOrder(tx, device.businessId, order.id, { at: payload.voided_at, reason: payload.reason });
  await recordDeviceOrderEvent(tx, device, 'order.voided', voided!, payload.voided_at, { reason: payload.reason });
  return ok(null);
}

async function applyRefund(tx: Queryable, device: DevicePrincipal, refund: TypedMutation<'order.refunded'>['payload']['refund']): Promise<Applied> {
  const order = await lockOrder(tx, device.businessId, refund.order_id);
  if (!order || order.location_id !== device.locationId || order.livemode !== device.livemode)
    return err('unknown_order', `No order ${refund.order_id} at this till's location.`);
  if (order.status === 'voided') return err('order_voided', `Order ${order.number} is voided; it cannot be refunded.`);
  if (await tx.query('SELECT 1 FROM refunds WHERE id = $1', [refund.id]).then((r) => r.rowCount > 0))
    return err('refund_exists', `A refund ${refund.id} already exists.`);
  const state = {
    total: order.totals.total,
    payments: order.payments.map((p) => ({ id: p.id, method: p.method, amount: p.amount, status: p.status })),
    refunds: order.refunds.map((r) => ({
      id: r.id,
      payment_id: r.payment_id,
      amount: r.amount,
      lines: r.lines.map((l) => ({ line_id: l.line_id, quantity: l.quantity })),
    })),
    lines: order.lines,
  };
  const valid = validateRefund(state, { id: refund.id, payment_id: refund.payment_id, amount: refund.amount, lines: refund.lines });
  if (!valid.ok) return valid;
  const byLines = refund.lines.length > 0 ? refundForLines(state, refund.lines) : null;
  if (byLines && !byLines.ok) return byLines;
  const { order: after, refund: stored } = await addRefund(tx, device.businessId, order.id, {
    id: refund.id,
    payment_id: refund.payment_id,
    amount: refund.amount,
    reason: refund.reason,
    lines: byLines ? byLines.value.lines.map((l) => ({ line_id: l.line_id, quantity: l.quantity, amount: l.gross, tax: l.tax })) : [],
    tax_breakdown: byLines ? byLines.value.tax_breakdown : [],
    device_id: device.id,
    occurred_at: refund.created_at,
  });
  await recordDeviceOrderEvent(tx, device, 'order.refunded', after, refund.created_at, { refund: stored });
  return ok(null);
}

async function applyShiftOpened(tx: Queryable, device: DevicePrincipal, shift: TypedMutation<'shift.opened'>['payload']['shift']): Promise<Applied> {
  if (shift.location_id !== device.locationId) return err('wrong_location', `Shift ${shift.id} is for another location.`);
  const { rowCount } = await tx.query(
    `INSERT INTO shifts (id, business_id, location_id, device_id, staff_id, opened_at, opening_float)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
    [shift.id, device.businessId, device.locationId, device.id, shift.staff_id, shift.opened_at, shift.opening_float],
  );
  return rowCount === 1 ? ok(null) : err('shift_exists', `A shift ${shift.id} already exists.`);
}

/**
 * A shift is its till's drawer: only the till that opened it may move cash in it or close it (a
 * till acting on another's shift would change a drawer it cannot count).
 */
const otherTillsShift = (shiftId: string): Applied =>
  err('shift_of_another_till', `Shift ${shiftId} was opened on another till; only that till can record cash movements in it or close it.`);

async function applyShiftClosed(tx: Queryable, device: DevicePrincipal, payload: TypedMutation<'shift.closed'>['payload']): Promise<Applied> {
  const { rows } = await tx.query<{ opened_at: Date; closed_at: Date | null; device_id: string | null }>(
    'SELECT opened_at, closed_at, device_id FROM shifts WHERE id = $1 AND business_id = $2 AND location_id = $3 FOR UPDATE',
    [payload.shift_id, device.businessId, device.locationId],
  );
  const shift = rows[0];
  if (!shift) return err('unknown_shift', `No shift ${payload.shift_id} at this till's location.`);
  if (shift.device_id !== device.id) return otherTillsShift(payload.shift_id);
  if (shift.closed_at) return err('shift_closed', `Shift ${payload.shift_id} is already closed.`);
  const report = payload.report;
  await tx.query(
    `UPDATE shifts SET closed_at = $2, closed_by = $3, counted_cash = $4, expected_cash = $5, variance = $6, report = $7, updated_at = now()
     WHERE id = $1`,
    [
      payload.shift_id,
      payload.closed_at,
      payload.staff_id,
      payload.counted_cash,
      report.expected_cash,
      payload.counted_cash - report.expected_cash,
      JSON.stringify(report),
    ],
  );
  await recordEvent(tx, {
    businessId: device.businessId,
    type: 'shift.closed',
    locationId: device.locationId,
    deviceId: device.id,
    occurredAt: payload.closed_at,
    data: {
      object: {
        id: payload.shift_id,
        object: 'shift',
        location_id: device.locationId,
        device_id: device.id,
        opened_at: new Date(shift.opened_at).toISOString(),
        closed_at: payload.closed_at,
        closed_by: payload.staff_id,
        z_report: { ...report, gross_sales: report.sales_total, refunds: report.refunds_total, counted_cash: payload.counted_cash },
      },
    },
  });
  return ok(null);
}

async function applyCashMovement(tx: Queryable, device: DevicePrincipal, movement: TypedMutation<'cash.movement'>['payload']['movement']): Promise<Applied> {
  const { rows: shifts } = await tx.query<{ device_id: string | null }>(
    'SELECT device_id FROM shifts WHERE id = $1 AND business_id = $2 AND location_id = $3',
    [movement.shift_id, device.businessId, device.locationId],
  );
  if (!shifts[0]) return err('unknown_shift', `No shift ${movement.shift_id} at this till's location.`);
  if (shifts[0].device_id !== device.id) return otherTillsShift(movement.shift_id);
  if ((movement.kind === 'no_sale') !== (movement.amount === 0)) {
    return err('zero_amount', 'A no-sale moves no money (amount 0); every other cash movement needs an amount above 0.');
  }
  const { rowCount } = await tx.query(
    `INSERT INTO cash_movements (id, business_id, location_id, device_id, shift_id, staff_id, kind, amount, reason, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
    [
      movement.id,
      device.businessId,
      device.locationId,
      device.id,
      movement.shift_id,
      movement.staff_id,
      movement.kind,
      movement.amount,
      movement.reason,
      movement.created_at,
    ],
  );
  return rowCount === 1 ? ok(null) : err('cash_movement_exists', `A cash movement ${movement.id} already exists.`);
}

async function applyPaymentFailed(tx: Queryable, device: DevicePrincipal, payment: TypedMutation<'payment.failed'>['payload']['payment']): Promise<Applied> {
  const { rows } = await tx.query<{ currency: string }>('SELECT currency FROM locations WHERE id = $1', [device.locationId]);
  const recorded = await recordFailedPayment(tx, {
    id: payment.id,
    businessId: device.businessId,
    locationId: device.locationId,
    orderId: payment.order_id,
    source: 'till',
    method: payment.method,
    amount: payment.amount,
    tip: payment.tip ?? 0,
    currency: rows[0]!.currency,
    failureCode: payment.failure_code,
    failureMessage: payment.failure_message,
    card: payment.card,
    deviceId: device.id,
    staffId: payment.staff_id,
    shiftId: payment.shift_id,
    occurredAt: payment.created_at,
  });
  return recorded ? ok(null) : err('payment_exists', `A payment attempt ${payment.id} already exists.`);
}

export async function applyMutation(tx: Queryable, device: DevicePrincipal, mutation: TypedMutation): Promise<Applied> {
  switch (mutation.type) {
    case 'order.completed': {
      const order = (mutation as TypedMutation<'order.completed'>).payload.order;
      if (order.location_id !== device.locationId) return err('wrong_location', `Order ${order.id} is for another location.`);
      return applyOrderCompleted(tx, device, order);
    }
    case 'order.voided':
      return applyVoid(tx, device, (mutation as TypedMutation<'order.voided'>).payload);
    case 'order.refunded':
      return applyRefund(tx, device, (mutation as TypedMutation<'order.refunded'>).payload.refund);
    case 'shift.opened':
      return applyShiftOpened(tx, device, (mutation as TypedMutation<'shift.opened'>).payload.shift);
    case 'shift.closed':
      return applyShiftClosed(tx, device, (mutation as TypedMutation<'shift.closed'>).payload);
    case 'cash.movement':
      return applyCashMovement(tx, device, (mutation as TypedMutation<'cash.movement'>).payload.movement);
    case 'payment.failed':
      return applyPaymentFailed(tx, device, (mutation as TypedMutation<'payment.failed'>).payload.payment);
    case 'settings.changed':
      return applySettingsChange(tx, device, (mutation as TypedMutation<'settings.changed'>).payload.change);
  }
}
