// Catalog deltas are read in transaction-id order as numbers: across a change of digit count
// (9 → 10 → 100) a till paging with next_cursor must neither skip nor reorder changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import { readPull } from './pull';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';

describe.each(TEST_ENGINES)('pull order on %s', (engine) => {
  let t: TestDatabase;
  let f: TestBusiness;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    f = await seedTestBusiness(t.db);
    await t.db.query('DELETE FROM sync_changes WHERE business_id = $1', [f.businessId]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('pages 9 before 10 before 100', async () => {
    const [first, second] = f.productIds;
    // Inserted out of order on purpose; seq alone would give 10, 9, 100.
    for (const [xact, productId] of [
      ['10', second],
      ['9', first],
      ['100', first],
    ] as const) {
      await t.db.query(`INSERT INTO sync_changes (xact_id, business_id, location_id, entity, entity_id) VALUES ($1::text::xid8, $2, $3, 'product', $4)`, [
        xact,
        f.businessId,
        f.locationId,
        productId,
      ]);
    }
    const device = { id: 'dev_test', businessId: f.businessId, locationId: f.locationId, name: 'test', livemode: true };
    const seen: string[] = [];
    let cursor = 'd1-0';
    for (let page = 0; page < 5; page++) {
      const res = await readPull(t.db, device, cursor, 'http://pos.test', 1);
      seen.push(...res.products.upserted.map((p) => p.id));
      cursor = res.next_cursor;
      if (!res.has_more) break;
    }
    expect(seen).toEqual([first, second, first]);
    expect(cursor).toMatch(/^d\d+-\d+$/);
  });
});
