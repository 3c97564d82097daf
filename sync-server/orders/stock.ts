// Stock of tracked products: sold lines decrement it, and every change records inventory.updated
// (plus inventory.low_stock when it falls to or below the threshold) in the caller's transaction.
import { recordEvent } from '../events/outbox';
import type { Queryable } from '../storage/database';

/** Decrements tracked stock for sold lines and records inventory.updated (+ inventory.low_stock when it crosses the threshold). */
export async function adjustStock(tx: Queryable, businessId: string, locationId: string, lines: { product_id: string | null; quantity: number }[], deviceId: string | null, occurredAt: Date): Promise<void> {
  const sold = new Map<string, number>();
  for (const line of lines) if (line.product_id) sold.set(line.product_id, (sold.get(line.product_id) ?? 0) + line.quantity);
  for (const [productId, quantity] of sold) {
    const { rows } = await tx.query<{ id: string; stock_on_hand: number; low_stock_threshold: number | null }>(
      `UPDATE products SET stock_on_hand = stock_on_hand - $3, updated_at = now()
       WHERE id = $1 AND business_id = $2 AND location_id = $4 AND track_stock
       RETURNING id, stock_on_hand, low_stock_threshold`,
      [productId, businessId, quantity, locationId],
    );
    const row = rows[0];
    if (!row) continue;
    await recordStockEvents(tx, { businessId, locationId, deviceId, occurredAt, productId, before: row.stock_on_hand + quantity, after: row.stock_on_hand, threshold: row.low_stock_threshold });
  }
}

/** inventory.updated for a stock change, and inventory.low_stock when it falls to or below the threshold. */
export async function recordStockEvents(
  tx: Queryable,
  change: { businessId: string; locationId: string; deviceId?: string | null; occurredAt?: Date; productId: string; before: number; after: number; threshold: number | null },
): Promise<void> {
  if (change.before === change.after) return;
  const object = { object: 'inventory', product_id: change.productId, location_id: change.locationId, on_hand: change.after, previous_on_hand: change.before, low_stock_threshold: change.threshold };
  const base = { businessId: change.businessId, locationId: change.locationId, deviceId: change.deviceId ?? null, occurredAt: change.occurredAt ?? new Date() };
  await recordEvent(tx, { ...base, type: 'inventory.updated', data: { object } });
  if (change.threshold !== null && change.after <= change.threshold && change.before > change.threshold) {
    await recordEvent(tx, { ...base, type: 'inventory.low_stock', data: { object } });
  }
}
