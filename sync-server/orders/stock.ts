// Stock of tracked products: sold lines decrement it, and every change records inventory.updated
// (plus inventory.low_stock when it falls to or below the threshold) in the caller's transaction.
import { recordEvents, type NewEvent } from '../events/outbox';
import type { Queryable } from '../storage/database';

/** Units sold per product, in the order the lines first name each product (lines without a product are not stock). */
export function soldQuantities(lines: readonly { product_id: string | null; quantity: number }[]): Map<string, number> {
  const sold = new Map<string, number>();
  for (const line of lines) if (line.product_id) sold.set(line.product_id, (sold.get(line.product_id) ?? 0) + line.quantity);
  return sold;
}

/**
 * Decrements tracked stock for sold lines in one statement (rows locked in id order, so two orders
 * of the same products never deadlock) and returns inventory.updated (+ inventory.low_stock when it
 * crosses the threshold) for the caller to record.
 */
export async function adjustStock(
  tx: Queryable,
  businessId: string,
  locationId: string,
  lines: { product_id: string | null; quantity: number }[],
  deviceId: string | null,
  occurredAt: Date,
): Promise<NewEvent[]> {
  const sold = soldQuantities(lines);
  if (sold.size === 0) return [];
  const { rows } = await tx.query<{ id: string; stock_on_hand: number; low_stock_threshold: number | null; sold: number }>(
    `WITH s AS (SELECT * FROM unnest($1::text[], $2::int[]) AS s(id, sold)),
     locked AS (
       -- A test-mode sale (storage/live-mode.ts) sells the shared catalog without moving its stock.
       SELECT p.id FROM products p WHERE p.id = ANY ($1::text[]) AND p.business_id = $3 AND p.location_id = $4 AND p.track_stock AND pos_livemode()
       ORDER BY p.id FOR NO KEY UPDATE
     )
     UPDATE products p SET stock_on_hand = p.stock_on_hand - s.sold, updated_at = now()
     FROM locked JOIN s ON s.id = locked.id
     WHERE p.id = locked.id
     RETURNING p.id, p.stock_on_hand, p.low_stock_threshold, s.sold`,
    [[...sold.keys()], [...sold.values()], businessId, locationId],
  );
  const byProduct = new Map(rows.map((r) => [r.id, r]));
  // In the order the lines name them, as before (one event per product).
  return [...sold.keys()].flatMap((productId) => {
    const row = byProduct.get(productId);
    if (!row) return [];
    return stockEvents({
      businessId,
      locationId,
      deviceId,
      occurredAt,
      productId,
      before: row.stock_on_hand + row.sold,
      after: row.stock_on_hand,
      threshold: row.low_stock_threshold,
    });
  });
}

/** inventory.updated for a stock change, and inventory.low_stock when it falls to or below the threshold. */
export async function recordStockEvents(
  tx: Queryable,
  change: {
    businessId: string;
    locationId: string;
    deviceId?: string | null;
    occurredAt?: Date;
    productId: string;
    before: number;
    after: number;
    threshold: number | null;
  },
): Promise<void> {
  await recordEvents(tx, stockEvents(change));
}

/** The events of a stock change (none when it did not change), for recordEvents. */
export function stockEvents(change: {
  businessId: string;
  locationId: string;
  deviceId?: string | null;
  occurredAt?: Date;
  productId: string;
  before: number;
  after: number;
  threshold: number | null;
}): NewEvent[] {
  if (change.before === change.after) return [];
  const object = {
    object: 'inventory',
    product_id: change.productId,
    location_id: change.locationId,
    on_hand: change.after,
    previous_on_hand: change.before,
    low_stock_threshold: change.threshold,
  };
  const base = { businessId: change.businessId, locationId: change.locationId, deviceId: change.deviceId ?? null, occurredAt: change.occurredAt ?? new Date() };
  const events: NewEvent[] = [{ ...base, type: 'inventory.updated', data: { object } }];
  if (change.threshold !== null && change.after <= change.threshold && change.before > change.threshold) {
    events.push({ ...base, type: 'inventory.low_stock', data: { object } });
  }
  return events;
}
