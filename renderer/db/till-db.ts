// The till's local database (IndexedDB through Dexie): the catalog pulled from the cloud, every
// sale, payment, refund, shift and cash movement, and the outbox the sync engine pushes.
// Rows use the sync protocol's snake_case records (core/sync), so a row and its mutation agree.
import type { LineWeight } from '../../core/weighed-price';
import Dexie, { type Table, type Transaction } from 'dexie';
import type { TillCategory, TillLocation, TillModifierGroup, TillOpenOrder, TillProduct, TillStaff, TillTaxRate } from '../../core/sync/catalog';
import type { TillCustomer } from '../../core/sync/till-customer';
import type { Discount } from '../../core/order-totals';
import type { CashMovementRecord, FailedPaymentRecord, MutationType, RefundRecord } from '../../core/sync/mutations';
import type { CardDetails, LinePriceOverride, OrderSnapshot, SnapshotPayment } from '../../core/sync/order-snapshot';
import type { ShiftReport } from '../../core/sync/shift-report';

export const TILL_DB_NAME = 'anywhere-pos-till';

/** A line of the cart the cashier is ringing up; prices are copied from the product when added. */
export interface CartLine {
  id: string;
  product_id: string | null;
  name: string;
  quantity: number;
  unit_price: number;
  modifiers: { id: string; name: string; price_delta: number }[];
  tax_rate_id: string;
  rate_ppm: number;
  discount: Discount | null;
  note: string | null;
  /** A weighed line's weighing (goods sold by weight): quantity 1, unit_price = the weight's price. */
  weight?: LineWeight | null;
  /** Set when the cashier changed the price (unit_price is the new one): the list price and who approved. */
  price_override?: LinePriceOverride | null;
}

/** The cart: UI session state (Zustand) until it is paid or parked; then it lives here. */
export interface Cart {
  id: string;
  lines: CartLine[];
  discount: Discount | null;
  customer_note: string | null;
  /** set when the cart takes payment for an API-created open order (its id) */
  open_order_id: string | null;
  /** the open order's number, kept so the receipt shows the number the customer was given */
  open_order_number: string | null;
  /** the customer the cashier attached (db.customers row; the label is shown on the cart and printed) */
  customer?: { id: string; label: string } | null;
  /** staff id of the manager who approved a discount above the limit on this cart (SPEC §12) */
  approved_by?: string | null;
}

export type OrderRowStatus = 'paid' | 'partially_refunded' | 'refunded' | 'voided';

/** A completed sale. The fact sent to the cloud is this row's snapshot plus its payments rows. */
export type OrderRow = Omit<OrderSnapshot, 'payments'> & {
  status: OrderRowStatus;
  refunded_amount: number;
  voided_at: string | null;
  void_reason: string | null;
  /** YYYY-MM-DD in the location's time zone (reports by day) */
  business_day: string;
};

export type PaymentRow = SnapshotPayment & {
  order_id: string;
  shift_id: string | null;
  refunded_amount: number;
};

export type RefundRow = RefundRecord;

export interface ShiftRow {
  id: string;
  location_id: string;
  staff_id: string;
  opened_at: string;
  opening_float: number;
  status: 'open' | 'closed';
  closed_at: string | null;
  closed_by: string | null;
  counted_cash: number | null;
  /** the Z report, stored when the shift closes */
  report: ShiftReport | null;
}

export type CashMovementRow = CashMovementRecord;

export interface ParkedCartRow {
  id: string;
  label: string;
  staff_id: string;
  parked_at: string;
  cart: Cart;
}

/**
 * Written before a card authorization is sent to the terminal and removed when the sale is
 * recorded (or the attempt ends without a charge): a row left after a crash means "resolve me".
 */
export interface PendingCardAuthRow {
  payment_id: string;
  /** what the terminal was asked for: the amount for the sale plus the tip */
  amount: number;
  /** the tip within `amount` (absent on rows from before tips: 0) */
  tip?: number;
  currency: string;
  started_at: string;
  cart: Cart;
}

/** A card payment attempt that took no money (declined, aborted, timed out); synced as `payment.failed`. */
export type FailedPaymentRow = FailedPaymentRecord;

/**
 * A tender taken on a sale that is not recorded yet (cash part-payment, an approved card of a
 * split): it stays on the sale across Back, reloads and sign-outs until the sale is recorded (the
 * row goes in the same transaction) or it is explicitly given back (kept, marked, for the record).
 */
export interface TakenTenderRow {
  /** the payment id the sale will carry (`pay_…`; a card's is its authorization's) */
  id: string;
  cart_id: string;
  method: 'cash' | 'card';
  /** applied to the sale, tip excluded */
  amount: number;
  /** on top of amount (core/tips.ts); absent on rows from before tips */
  tip?: number;
  tendered: number | null;
  reference: string | null;
  card: CardDetails | null;
  staff_id: string;
  taken_at: string;
  /** the cart when the tender was taken, to restore a sale whose session was lost */
  cart: Cart;
  /** set when handed back to the customer (or reversed on the terminal) */
  returned_at: string | null;
  returned_by: string | null;
  approved_by: string | null;
}

export interface OutboxRow {
  /** gapless per device, assigned in the same transaction as the change */
  seq: number;
  /** UUIDv7 */
  id: string;
  type: MutationType;
  occurred_at: string;
  payload: Record<string, unknown>;
}

export interface RejectedRow {
  id: string;
  seq: number;
  type: string;
  occurred_at: string;
  payload: Record<string, unknown>;
  error: { code: string; message: string };
  rejected_at: string;
}

export interface Pairing {
  device_id: string;
  device_token: string;
  device_name: string;
  server_url: string;
  paired_at: string;
  /** false: paired with a test-mode code (TEST MODE badge; the cloud keeps its sales as test data); absent = live */
  livemode?: boolean;
}

/** Wrong manager-approval PINs on this till (renderer/till/components/approval-dialog.tsx). */
export interface ApprovalLockout {
  failures: number;
  /** epoch ms until which approval PINs are refused (0: not locked) */
  until: number;
}

/** The settings table holds these keys, each with its own value type. */
export interface Settings {
  pairing: Pairing;
  location: TillLocation;
  /** last outbox seq handed out (never reused, even after the row is acked and deleted) */
  outbox_seq: number;
  /** highest seq the server has acknowledged */
  acked_seq: number;
  pull_cursor: string;
  last_sync_at: string;
  order_counter: number;
  /** refused approval PINs and the end of the lockout they started (survives a reload) */
  approval_lockout: ApprovalLockout;
}
export type SettingKey = keyof Settings;

export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}

// Version 1 kept payments inside each order row and had no business day. Version 2 moves them
// to their own table (refunds go back to a tender; reports sum by method and shift).
const SCHEMA_V1 = {
  settings: 'key',
  products: 'id, category_id, barcode, sku, name',
  categories: 'id, sort',
  modifierGroups: 'id',
  taxRates: 'id',
  staff: 'id',
  openOrders: 'id, created_at',
  orders: 'id, number, shift_id, completed_at, status',
  refunds: 'id, order_id, shift_id',
  shifts: 'id, status, opened_at',
  cashMovements: 'id, shift_id',
  parkedCarts: 'id, parked_at',
  pendingCardAuths: 'payment_id',
  outbox: 'seq, &id',
  rejected: 'id, seq',
};

const SCHEMA_V2 = {
  ...SCHEMA_V1,
  orders: 'id, number, shift_id, completed_at, status, business_day',
  payments: 'id, order_id, shift_id, method',
};

// Version 3: a product may have several barcodes; every one of them scans (multi-entry index).
const SCHEMA_V3 = {
  ...SCHEMA_V2,
  products: 'id, category_id, barcode, *barcodes, sku, name',
};

// Version 4: failed card payment attempts (new table, nothing to migrate).
const SCHEMA_V4 = {
  ...SCHEMA_V3,
  failedPayments: 'id, order_id, shift_id',
};

// Version 5: tenders taken on a sale not yet recorded (part-payments survive Back and reloads).
const SCHEMA_V5 = { ...SCHEMA_V4, takenTenders: 'id, cart_id' };

// Version 6: the business's customers in the cashier's view (core/sync/till-customer.ts), searched offline.
const SCHEMA_V6 = { ...SCHEMA_V5, customers: 'id, name' };

export const TILL_DB_VERSION = 6;
/** Each version's table layout, kept so tests can build a database as an older till left it. */
export const TILL_DB_SCHEMAS = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4, 5: SCHEMA_V5, 6: SCHEMA_V6 } as const;

export class TillDb extends Dexie {
  settings!: Table<SettingRow, string>;
  products!: Table<TillProduct, string>;
  categories!: Table<TillCategory, string>;
  modifierGroups!: Table<TillModifierGroup, string>;
  taxRates!: Table<TillTaxRate, string>;
  staff!: Table<TillStaff, string>;
  openOrders!: Table<TillOpenOrder, string>;
  orders!: Table<OrderRow, string>;
  payments!: Table<PaymentRow, string>;
  refunds!: Table<RefundRow, string>;
  shifts!: Table<ShiftRow, string>;
  cashMovements!: Table<CashMovementRow, string>;
  parkedCarts!: Table<ParkedCartRow, string>;
  pendingCardAuths!: Table<PendingCardAuthRow, string>;
  failedPayments!: Table<FailedPaymentRow, string>;
  takenTenders!: Table<TakenTenderRow, string>;
  customers!: Table<TillCustomer, string>;
  outbox!: Table<OutboxRow, number>;
  rejected!: Table<RejectedRow, string>;

  constructor(name: string = TILL_DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1ToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeV2ToV3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
  }
}

/** The v1 order row: v2's minus the business day, with its payments inside. */
type OrderRowV1 = Omit<OrderRow, 'business_day'> & { payments: SnapshotPayment[] };

async function upgradeV1ToV2(tx: Transaction): Promise<void> {
  const location = (await tx.table<SettingRow<'location'>, string>('settings').get('location'))?.value;
  const timeZone = location?.timezone ?? 'UTC';
  const refunds = await tx.table<RefundRow, string>('refunds').toArray();
  const refundedByPayment = new Map<string, number>();
  for (const refund of refunds) {
    if (refund.payment_id) refundedByPayment.set(refund.payment_id, (refundedByPayment.get(refund.payment_id) ?? 0) + refund.amount);
  }
  const payments: PaymentRow[] = [];
  await tx
    .table('orders')
    .toCollection()
    .modify((row: Partial<OrderRowV1> & Pick<OrderRowV1, 'id' | 'shift_id' | 'completed_at'>) => {
      for (const payment of row.payments ?? []) {
        payments.push({ ...payment, order_id: row.id, shift_id: row.shift_id, refunded_amount: refundedByPayment.get(payment.id) ?? 0 });
      }
      delete row.payments;
      (row as Partial<OrderRow>).business_day = businessDay(row.completed_at, timeZone);
    });
  await tx.table<PaymentRow, string>('payments').bulkPut(payments);
}

async function upgradeV2ToV3(tx: Transaction): Promise<void> {
  await tx
    .table('products')
    .toCollection()
    .modify((product: Partial<TillProduct> & { barcode?: string | null }) => {
      product.barcodes = product.barcode ? [product.barcode] : [];
    });
}

// Building a DateTimeFormat costs more than a sale's writes; a till has one or two zones.
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

/** YYYY-MM-DD of `iso` in `timeZone` (falls back to UTC for an unknown zone). */
export function businessDay(iso: string, timeZone: string): string {
  const date = new Date(iso);
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      format = null;
    }
    dayFormats.set(timeZone, format);
  }
  return format ? format.format(date) : date.toISOString().slice(0, 10);
}

export async function getSetting<K extends SettingKey>(db: TillDb, key: K): Promise<Settings[K] | undefined> {
  const row = (await db.settings.get(key)) as SettingRow<K> | undefined;
  return row?.value;
}

export async function putSetting<K extends SettingKey>(db: TillDb, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value } as SettingRow);
}

/**
 * Asks the browser to keep this origin's IndexedDB under storage pressure (Chromium grants it to
 * installed or engaged sites; Electron always). Without it, unsynced sales could be evicted.
 * Resolves to whether storage is persistent; false where the API is missing.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> } } }).navigator?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return false;
  }
}

/** Entries waiting to be pushed (the UI's "unsynced" count). */
export function countUnsynced(db: TillDb): Promise<number> {
  return db.outbox.count();
}

/** The catalog tables a pull replaces; the open cart (UI state) is never among them. */
export const CATALOG_TABLES = ['products', 'categories', 'modifierGroups', 'taxRates', 'staff', 'openOrders', 'customers'] as const;
