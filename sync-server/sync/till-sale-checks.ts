// The business rules of a till sale (source 'till'), checked in memory (checkTillSale), and the one
// lookup they need (lookUpSales): used by apply-order-mutations.ts and push-set-write.ts alike.
import { computeOrderTotals, type OrderTotals } from '../../core/order-totals';
import { amountTipped, isSettled } from '../../core/payments';
import { validateTip } from '../../core/tips';
import { err, ok, type Result } from '../../core/result';
import { weighedUnitPrice } from '../../core/weighed-price';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import type { Queryable } from '../storage/database';
import type { AppliedNote } from './apply-mutation';
import type { DevicePrincipal } from './devices';
import { checkPriceOverridesAgainst, priceOverrideLookups } from './price-overrides';

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
export function checkTips(order: OrderSnapshot, orderTotal: number, tipsSoFar: number): Result<void> {
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

/**
 * The sale's customer when it is one of this business's (`known`); otherwise none, with a note. The
 * money was taken, so an unknown customer never costs the sale: only the link is refused (docs/decisions.md).
 */
function customerOfBusiness(customerId: string | null, known: ReadonlySet<string>): { id: string | null; note: AppliedNote | null } {
  if (!customerId) return { id: null, note: null };
  if (known.has(customerId)) return { id: customerId, note: null };
  return { id: null, note: { code: 'customer_not_found', message: `No customer ${customerId} in this business; the sale was kept without a customer.` } };
}
