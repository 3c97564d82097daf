// Tax rate, category and modifier group writes with their events (`tax_rate.*`, `category.*`,
// `modifier_group.*`, named like product.*), in the caller's transaction. API v1 and the back office
// both call these, so an integrator hears of every change whoever made it.
import type { Deleted } from '../../core/api/common';
import type { EventType } from '../../core/events/catalog';
import { ApiError } from '../http/api-error';
import { recordEvent } from '../events/outbox';
import type { Queryable } from '../storage/database';
import {
  getCatalogObject,
  insertCatalogObject,
  lockCatalogObject,
  productsUsing,
  softDeleteCatalogObject,
  updateCatalogRow,
  type CatalogCreates,
  type CatalogKind,
  type CatalogObjects,
  type CatalogUpdates,
} from './catalog-objects-repository';
import { getProduct, previousAttributes } from './products-repository';
import { updateProductWithEvents } from './products-service';

const eventType = (kind: CatalogKind, verb: 'created' | 'updated' | 'deleted') => `${kind}.${verb}` as EventType;

export async function createCatalogObjectWithEvent<K extends CatalogKind>(
  tx: Queryable,
  kind: K,
  businessId: string,
  input: CatalogCreates[K],
): Promise<CatalogObjects[K]> {
  const id = await insertCatalogObject(tx, kind, businessId, input);
  const created = (await getCatalogObject(tx, kind, businessId, id))!;
  await recordEvent(tx, { businessId, type: eventType(kind, 'created'), locationId: created.location_id, data: { object: created } });
  return created;
}

/** The object after the PATCH; null when there is no such live object. No event when nothing changed. */
export async function updateCatalogObjectWithEvent<K extends CatalogKind>(
  tx: Queryable,
  kind: K,
  businessId: string,
  id: string,
  patch: CatalogUpdates[K],
): Promise<CatalogObjects[K] | null> {
  if (!(await lockCatalogObject(tx, kind, businessId, id))) return null;
  const before = (await getCatalogObject(tx, kind, businessId, id))!;
  await updateCatalogRow(tx, kind, before, patch, businessId);
  const after = (await getCatalogObject(tx, kind, businessId, id))!;
  const previous = previousAttributes(before, after);
  if (Object.keys(previous).length > 0) {
    await recordEvent(tx, {
      businessId,
      type: eventType(kind, 'updated'),
      locationId: after.location_id,
      data: { object: after, previous_attributes: previous },
    });
  }
  return after;
}

/**
 * Soft delete, as products are deleted. Products in a deleted category become uncategorized and
 * products lose a deleted modifier group (each with its product.updated); a tax rate that live
 * products still use cannot go (every product needs one): 409 `tax_rate_in_use`.
 */
export async function deleteCatalogObjectWithEvent(
  tx: Queryable,
  kind: CatalogKind,
  businessId: string,
  id: string,
  publicUrl: string,
): Promise<Deleted | null> {
  if (!(await lockCatalogObject(tx, kind, businessId, id))) return null;
  const existing = (await getCatalogObject(tx, kind, businessId, id))!;
  const users = await productsUsing(tx, kind, id);
  if (kind === 'tax_rate' && users.length > 0) {
    throw new ApiError(
      'conflict',
      'tax_rate_in_use',
      `The tax rate "${id}" is used by ${users.length} product(s) (e.g. ${users[0]}); give them another tax rate first.`,
      { param: 'id' },
    );
  }
  for (const productId of users) {
    if (kind === 'category') {
      await updateProductWithEvents(tx, businessId, productId, { category_id: null }, publicUrl);
    } else {
      const product = (await getProduct(tx, businessId, productId, publicUrl))!;
      await updateProductWithEvents(
        tx,
        businessId,
        productId,
        { modifier_group_ids: product.modifier_groups.map((g) => g.id).filter((g) => g !== id) },
        publicUrl,
      );
    }
  }
  await softDeleteCatalogObject(tx, kind, id);
  const deleted = { id, object: kind, deleted: true as const };
  await recordEvent(tx, { businessId, type: eventType(kind, 'deleted'), locationId: existing.location_id, data: { object: deleted } });
  return deleted;
}
