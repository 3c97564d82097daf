// The write functions the till UI calls for sales: each commits the order, its payments
// and the outbox mutation in ONE Dexie transaction, before the UI says "paid" or prints.
// Refunds and voids of past sales are in sale-refunds.ts.
// Totals always come from core/order-totals; the rules for money from core/payments.
import { weighedUnitPrice } from '../../core/weighed-price';
import { computeOrderTotals, type OrderTotals } from '../../core/order-totals';
import { newId } from '../../core/ids';
import { err, ok, type Result } from '../../core/result';
import type { TillLocation, TillOpenOrder, TillProduct, TillTaxRate } from '../../core/sync/catalog';
import type { OrderSnapshot, CardDetails } from '../../core/sync/order-snapshot';
import { nextMutation } from './outbox';
import { forgetSaleContext, readSaleContext, rememberedSaleContext, takeNumbers, type SaleContext } from './sale-context';
import { saleStores, writeRememberedSale, type SaleWrites } from './sale-raw-write';
import { checkTenders, orderNumber, saleRows } from './sale-rows';
import { storageGuard } from './storage-guard';
import type { Cart, CartLine, OrderRow, PaymentRow, SettingRow, TillDb } from './till-db';

/** An empty cart for the UI's session store. */
export function newCart(): Cart {
  return { id: newId('ord'), lines: [], discount: null, customer_note: null, open_order_id: null, open_order_number: null };
}

/** A cart line for `product`, its price and tax rate copied now (a later price change leaves the cart alone). */
export function cartLineFromProduct(
  product: TillProduct,
  taxRate: TillTaxRate,
  options: { quantity?: number; modifiers?: CartLine['modifiers']; note?: string | null } = {},
): CartLine {
  return {
    id: newId('lin'),
    product_id: product.id,
    name: product.name,
    quantity: options.quantity ?? 1,
    unit_price: product.price,
    modifiers: options.modifiers ?? [],
    tax_rate_id: taxRate.id,
    rate_ppm: taxRate.rate_ppm,
    discount: null,
    note: options.note ?? null,
  };
}

/** A weighed line: one weighing of a product sold by weight, priced at its net weight (rounded once). */
export function weighedCartLine(product: TillProduct, taxRate: TillTaxRate, reading: { netGrams: number; tareGrams: number }): CartLine {
  const weight = { net_grams: reading.netGrams, tare_grams: reading.tareGrams, price_per_kg: product.price };
  return { ...cartLineFromProduct(product, taxRate), unit_price: weighedUnitPrice(weight), weight };
}

/** A cart that takes payment for an API-created open order (lines as the cloud priced them). */
export function cartFromOpenOrder(order: TillOpenOrder): Cart {
  return {
    id: order.id,
    lines: order.lines.map((line) => ({ ...line, discount: null })),
    discount: null,
    customer_note: order.customer_note,
    open_order_id: order.id,
    open_order_number: order.number,
  };
}

/** The cart's totals, from core/order-totals (the same function the server and receipts use). */
export function cartTotals(cart: Cart, location: Pick<TillLocation, 'currency' | 'tax_mode' | 'cash_rounding'>): OrderTotals {
  return computeOrderTotals({
    currency: location.currency,
    tax_mode: location.tax_mode,
    cash_rounding: location.cash_rounding,
    discount: cart.discount,
    lines: cart.lines.map((line) => ({
      id: line.id,
      product_id: line.product_id,
      name: line.name,
      quantity: line.quantity,
      unit_price: line.unit_price,
      modifiers: line.modifiers,
      tax_rate_id: line.tax_rate_id,
      rate_ppm: line.rate_ppm,
      discount: line.discount,
    })),
  });
}

/** A tender as the UI collected it. Cash: `amount` is what the order keeps, `tendered` what was handed over. */
export interface TenderInput {
  /** required for card payments: the `pay_…` id the terminal authorization used */
  id?: string;
  method: 'cash' | 'card' | 'external';
  /** applied to the sale, tip excluded */
  amount: number;
  /** on top of amount (core/tips.ts): a card was charged amount + tip; cash took it into the drawer */
  tip?: number;
  /** cash handed over: covers amount + tip, the rest is change */
  tendered?: number | null;
  reference?: string | null;
  card?: CardDetails | null;
}

export interface RecordSaleInput {
  cart: Cart;
  tenders: TenderInput[];
  staffId: string;
  /** the manager who approved a discount above the limit or a price override on this sale */
  approvedBy?: string | null;
  /** the sale's time on the till's clock (default now) */
  now?: Date;
}

export interface RecordedSale {
  order: OrderRow;
  payments: PaymentRow[];
  /** cash to hand back */
  change: number;
  /** the mutation's outbox seq */
  seq: number;
}

/** The sale's totals, if its cart prices and its tenders cover them. */
function pricedSale(input: RecordSaleInput, location: TillLocation): Result<OrderTotals> {
  let totals: OrderTotals;
  try {
    totals = cartTotals(input.cart, location);
  } catch (cause) {
    return err('invalid_cart', (cause as Error).message);
  }
  const checked = checkTenders(input.tenders, totals.total, location.cash_rounding);
  return checked.ok ? ok(totals) : checked;
}

/**
 * Records a paid sale: order row, payment rows and an `order.completed` outbox entry in one
 * transaction. Needs a paired till, an open shift, a non-empty cart and tenders that cover the
 * total. Also clears pending card authorizations of its card tenders, the taken tenders it turns
 * into payments and, for an API order, its open-order row. Once the till remembers its context it
 * reads nothing before it writes (sale-context.ts, sale-raw-write.ts; bench/: till).
 */
export async function recordSale(db: TillDb, input: RecordSaleInput): Promise<Result<RecordedSale>> {
  if (input.cart.lines.length === 0) return err('empty_cart', 'The cart is empty.');
  const now = (input.now ?? new Date()).toISOString();
  const orderId = input.cart.open_order_id ?? input.cart.id;
  return storageGuard('sale', async () => {
    const remembered = rememberedSaleContext(db);
    const sale = remembered && db.isOpen() ? prepareSale(input, orderId, now, remembered) : null;
    // A refusal is never said from memory (a pull may have changed the rounding): the stored location decides below.
    const outcome = sale?.ok ? await writeRememberedSale(db, sale.value.writes, sale.value.expected).catch(forgetAndThrow(db)) : 'stale';
    if (sale?.ok && outcome === 'written') return ok(sale.value.recorded);
    forgetSaleContext(db);
    if (outcome === 'duplicate') return err('already_recorded', `Order ${orderId} is already recorded.`);
    // The first sale, or the memory was stale: read the context, then write, in one Dexie transaction.
    const stores = ['shifts', ...saleStores(saleIds(input))].map((name) => db.table(name));
    try {
      return await db.transaction('rw', stores, () => writeSale(db, input, orderId, now));
    } catch (cause) {
      forgetSaleContext(db);
      // A duplicate order id fails the order's add; confirm it was that add and not another.
      if ((cause as { name?: string } | null)?.name === 'ConstraintError' && (await db.orders.get(orderId))) {
        return err('already_recorded', `Order ${orderId} is already recorded.`);
      }
      throw cause;
    }
  });
}

function forgetAndThrow(db: TillDb): (cause: unknown) => never {
  return (cause) => {
    forgetSaleContext(db);
    throw cause;
  };
}

/** The ids a sale clears (card authorizations, taken tenders, the open order), known from its input. */
function saleIds(input: RecordSaleInput): { cardIds: string[]; takenIds: string[]; openOrderId: string | null } {
  return {
    cardIds: input.tenders.flatMap((t) => (t.method === 'card' && t.id ? [t.id] : [])),
    // A tender without an id gets a new one here, so only tenders with ids can have been taken before.
    takenIds: input.tenders.flatMap((t) => (t.id ? [t.id] : [])),
    openOrderId: input.cart.open_order_id,
  };
}

/** Prices the sale, takes its numbers from `context` and builds every row it writes. */
function prepareSale(
  input: RecordSaleInput,
  orderId: string,
  now: string,
  context: SaleContext,
): Result<{ writes: SaleWrites; expected: SaleContext; recorded: RecordedSale }> {
  const priced = pricedSale(input, context.location);
  if (!priced.ok) return priced;
  const { seq, counter, expected } = takeNumbers(context, !input.cart.open_order_number);
  const number = input.cart.open_order_number ?? orderNumber(counter!, context.pairing);
  const rows = saleRows(input, { orderId, number, location: context.location, shiftId: context.shift.id, totals: priced.value, now });
  const counters: SettingRow[] = [{ key: 'outbox_seq', value: seq }];
  if (counter !== null) counters.push({ key: 'order_counter', value: counter });
  const writes: SaleWrites = {
    order: rows.order,
    payments: rows.payments,
    mutation: nextMutation(seq - 1, 'order.completed', { order: rows.snapshot }, now),
    counters,
    ...saleIds(input),
  };
  const change = rows.payments.reduce((sum, p) => sum + (p.change ?? 0), 0);
  return ok({ writes, expected, recorded: { order: rows.order, payments: rows.payments, change, seq } });
}

/** recordSale's transaction when nothing is remembered: reads the context, then writes through Dexie. */
async function writeSale(db: TillDb, input: RecordSaleInput, orderId: string, now: string): Promise<Result<RecordedSale>> {
  const context = await readSaleContext(db);
  if (!context.ok) return context;
  const sale = prepareSale(input, orderId, now, context.value);
  if (!sale.ok) return sale;
  const { writes, recorded } = sale.value;
  await Promise.all([
    db.orders.add(writes.order),
    db.payments.bulkAdd(writes.payments),
    db.outbox.add(writes.mutation),
    db.settings.bulkPut(writes.counters),
    writes.cardIds.length > 0 ? db.pendingCardAuths.bulkDelete(writes.cardIds) : null,
    writes.takenIds.length > 0 ? db.takenTenders.bulkDelete(writes.takenIds) : null,
    writes.openOrderId ? db.openOrders.delete(writes.openOrderId) : null,
  ]);
  return ok(recorded);
}

/** Rebuilds the snapshot that was sent for an order (receipt reprint, refunds). */
export async function loadOrderSnapshot(db: TillDb, orderId: string): Promise<OrderSnapshot | undefined> {
  const order = await db.orders.get(orderId);
  if (!order) return undefined;
  const payments = await db.payments.where('order_id').equals(orderId).sortBy('created_at');
  const { status: _s, refunded_amount: _r, voided_at: _v, void_reason: _vr, business_day: _b, ...fields } = order;
  return { ...fields, payments: payments.map(({ order_id: _o, shift_id: _sh, refunded_amount: _ra, ...p }) => p) };
}

/** The active product a scanned code belongs to: any of its barcodes, else its SKU. */
export async function findProductByCode(db: TillDb, code: string): Promise<TillProduct | undefined> {
  const text = code.trim();
  if (!text) return undefined;
  for (const index of ['barcodes', 'barcode', 'sku'] as const) {
    const found = await db.products
      .where(index)
      .equals(text)
      .filter((p) => p.active)
      .first();
    if (found) return found;
  }
  return undefined;
}
