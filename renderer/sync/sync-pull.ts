// Pulling the catalog (products, categories, modifier groups, tax rates, staff, open API orders, customers)
// page by page with the server's cursor; each page is applied in one Dexie transaction.
import { Value } from 'typebox/value';
import { err, ok, type Result } from '../../core/result';
import { PullResponseSchema, type PullResponse } from '../../core/sync/protocol';
import { CATALOG_TABLES, type TillDb } from '../db/till-db';
import { setting, type SyncHttp } from './sync-http';

async function applyPull(db: TillDb, page: PullResponse): Promise<void> {
  await db.transaction('rw', [db.settings, db.orders, ...CATALOG_TABLES.map((name) => db[name])], async () => {
    if (page.reset) await Promise.all(CATALOG_TABLES.map((name) => db[name].clear()));
    await db.products.bulkPut(page.products.upserted);
    await db.products.bulkDelete(page.products.deleted);
    await db.categories.bulkPut(page.categories.upserted);
    await db.categories.bulkDelete(page.categories.deleted);
    await db.modifierGroups.bulkPut(page.modifier_groups.upserted);
    await db.modifierGroups.bulkDelete(page.modifier_groups.deleted);
    await db.taxRates.bulkPut(page.tax_rates.upserted);
    await db.taxRates.bulkDelete(page.tax_rates.deleted);
    await db.staff.bulkPut(page.staff.upserted);
    await db.staff.bulkDelete(page.staff.deleted);
    // An API order this till already took payment for stays off the open list, even before its push lands.
    const paidHere = new Set((await db.orders.bulkGet(page.open_orders.upserted.map((o) => o.id))).filter(Boolean).map((o) => o!.id));
    await db.openOrders.bulkPut(page.open_orders.upserted.filter((o) => !paidHere.has(o.id)));
    await db.openOrders.bulkDelete(page.open_orders.deleted);
    if (page.customers) {
      await db.customers.bulkPut(page.customers.upserted);
      await db.customers.bulkDelete(page.customers.deleted);
    }
    await db.settings.bulkPut([
      { key: 'location', value: page.location },
      { key: 'pull_cursor', value: page.next_cursor },
    ]);
  });
}

export async function pullAll(db: TillDb, http: SyncHttp): Promise<Result<void>> {
  for (let pages = 0; pages < 1000; pages++) {
    const cursor = (await setting(db, 'pull_cursor')) ?? '';
    let page: PullResponse;
    try {
      page = await http.request<PullResponse>('GET', `/pull?cursor=${encodeURIComponent(cursor)}`);
    } catch (cause) {
      return err(http.asAppError(cause));
    }
    if (!Value.Check(PullResponseSchema, page))
      return err({ code: 'bad_pull_response', message: 'The server sent a catalog page this till does not understand.' });
    await applyPull(db, page);
    if (!page.has_more) return ok(undefined);
  }
  return err({ code: 'pull_incomplete', message: 'Too many catalog pages in one pull.' });
}
