// Product writes with their events: product.created / product.updated / product.deleted and, when stock
// changes, inventory.updated (+ inventory.low_stock); a new or removed picture is a product.updated of
// `image_url`. The API and the back office both call these inside their transaction.
import type { Product, ProductCreate, ProductUpdate } from '../../core/api/catalog';
import type { Deleted } from '../../core/api/common';
import { recordEvent } from '../events/outbox';
import { recordStockEvents } from '../orders/stock';
import type { Queryable } from '../storage/database';
import { acceptedImageType, removeProductImage, storeProductImage } from './product-images';
import { createProduct, deleteProduct, getProduct, previousAttributes, updateProduct } from './products-repository';

export async function createProductWithEvents(tx: Queryable, businessId: string, input: ProductCreate, publicUrl: string): Promise<Product> {
  const created = await createProduct(tx, businessId, input, publicUrl);
  await recordEvent(tx, { businessId, type: 'product.created', locationId: created.location_id, data: { object: created } });
  if (created.stock && created.stock.on_hand !== 0) {
    await recordStockEvents(tx, {
      businessId,
      locationId: created.location_id,
      productId: created.id,
      before: 0,
      after: created.stock.on_hand,
      threshold: created.stock.low_stock_threshold,
    });
  }
  return created;
}

/** The product after the change; null when there is no such product. No event when nothing changed. */
export async function updateProductWithEvents(tx: Queryable, businessId: string, id: string, input: ProductUpdate, publicUrl: string): Promise<Product | null> {
  const result = await updateProduct(tx, businessId, id, input, publicUrl);
  if (!result) return null;
  const { before, after } = result;
  await recordProductUpdated(tx, businessId, before, after);
  const stockBefore = before.stock?.on_hand ?? 0;
  const stockAfter = after.stock?.on_hand ?? 0;
  if (after.stock && stockBefore !== stockAfter) {
    await recordStockEvents(tx, {
      businessId,
      locationId: after.location_id,
      productId: after.id,
      before: stockBefore,
      after: stockAfter,
      threshold: after.stock.low_stock_threshold,
    });
  }
  return after;
}

async function recordProductUpdated(tx: Queryable, businessId: string, before: Product, after: Product): Promise<void> {
  const previous = previousAttributes(before, after);
  if (Object.keys(previous).length === 0) return;
  await recordEvent(tx, { businessId, type: 'product.updated', locationId: after.location_id, data: { object: after, previous_attributes: previous } });
}

/**
 * Sets the product's picture from the uploaded bytes (PNG, JPEG or WebP by their magic numbers, else
 * 415) or, with `bytes` null, removes it. The product is locked, its updated_at moves (the tills pull
 * it) and product.updated names the previous `image_url`; the same picture again changes nothing.
 * Null when there is no such product.
 */
export async function setProductImageWithEvents(
  tx: Queryable,
  businessId: string,
  id: string,
  bytes: Buffer | null,
  publicUrl: string,
): Promise<Product | null> {
  const contentType = bytes ? acceptedImageType(bytes) : null;
  const locked = await tx.query('SELECT 1 FROM products WHERE id = $1 AND business_id = $2 AND deleted_at IS NULL FOR UPDATE', [id, businessId]);
  if (locked.rows.length === 0) return null;
  const before = (await getProduct(tx, businessId, id, publicUrl))!;
  const changed = bytes && contentType ? await storeProductImage(tx, businessId, id, bytes, contentType) : await removeProductImage(tx, id);
  if (!changed) return before;
  await tx.query('UPDATE products SET updated_at = now() WHERE id = $1', [id]);
  const after = (await getProduct(tx, businessId, id, publicUrl))!;
  await recordProductUpdated(tx, businessId, before, after);
  return after;
}

/** Soft delete (past orders keep their lines); null when there is no such product. */
export async function deleteProductWithEvent(tx: Queryable, businessId: string, product: Pick<Product, 'id' | 'location_id'>): Promise<Deleted | null> {
  if (!(await deleteProduct(tx, businessId, product.id))) return null;
  const deleted = { id: product.id, object: 'product', deleted: true as const };
  await recordEvent(tx, { businessId, type: 'product.deleted', locationId: product.location_id, data: { object: deleted } });
  return deleted;
}
