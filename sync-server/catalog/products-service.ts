// Product writes with their events: product.created / product.updated / product.deleted and, when stock
// changes, inventory.updated (+ inventory.low_stock). The API and the back office both call these inside their transaction.
import type { Product, ProductCreate, ProductUpdate } from '../../core/api/catalog';
import type { Deleted } from '../../core/api/common';
import { recordEvent } from '../events/outbox';
import { recordStockEvents } from '../orders/stock';
import type { Queryable } from '../storage/database';
import { createProduct, deleteProduct, previousAttributes, updateProduct } from './products-repository';

export async function createProductWithEvents(tx: Queryable, businessId: string, input: ProductCreate): Promise<Product> {
  const created = await createProduct(tx, businessId, input);
  await recordEvent(tx, { businessId, type: 'product.created', locationId: created.location_id, data: { object: created } });
  if (created.stock && created.stock.on_hand !== 0) {
    await recordStockEvents(tx, { businessId, locationId: created.location_id, productId: created.id, before: 0, after: created.stock.on_hand, threshold: created.stock.low_stock_threshold });
  }
  return created;
}

/** The product after the change; null when there is no such product. No event when nothing changed. */
export async function updateProductWithEvents(tx: Queryable, businessId: string, id: string, input: ProductUpdate): Promise<Product | null> {
  const result = await updateProduct(tx, businessId, id, input);
  if (!result) return null;
  const { before, after } = result;
  const previous = previousAttributes(before, after);
  if (Object.keys(previous).length > 0) {
    await recordEvent(tx, { businessId, type: 'product.updated', locationId: after.location_id, data: { object: after, previous_attributes: previous } });
  }
  const stockBefore = before.stock?.on_hand ?? 0;
  const stockAfter = after.stock?.on_hand ?? 0;
  if (after.stock && stockBefore !== stockAfter) {
    await recordStockEvents(tx, { businessId, locationId: after.location_id, productId: after.id, before: stockBefore, after: stockAfter, threshold: after.stock.low_stock_threshold });
  }
  return after;
}

/** Soft delete (past orders keep their lines); null when there is no such product. */
export async function deleteProductWithEvent(tx: Queryable, businessId: string, product: Pick<Product, 'id' | 'location_id'>): Promise<Deleted | null> {
  if (!(await deleteProduct(tx, businessId, product.id))) return null;
  const deleted = { id: product.id, object: 'product', deleted: true as const };
  await recordEvent(tx, { businessId, type: 'product.deleted', locationId: product.location_id, data: { object: deleted } });
  return deleted;
}
