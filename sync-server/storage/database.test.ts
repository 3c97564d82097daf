import { afterEach, describe, expect, it } from 'vitest';
import { recordEvent } from '../events/outbox';
import { listMigrations, migrate } from './migrate';
import { TEST_ENGINES, openTestDatabase, type TestDatabase } from './test-database';

describe.each(TEST_ENGINES)('database on %s', (engine) => {
  let handle: TestDatabase | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('applies every migration once and is idempotent', async () => {
    handle = await openTestDatabase(engine, { migrate: false });
    const first = await migrate(handle.db);
    expect(first.applied).toEqual(listMigrations());
    const second = await migrate(handle.db);
    expect(second.applied).toEqual([]);
  });

  it('rolls back a failed transaction completely, event included', async () => {
    handle = await openTestDatabase(engine);
    const { db } = handle;
    await db.query(`INSERT INTO businesses (id, name) VALUES ('biz_1', 'Shop')`);
    await expect(
      db.transaction(async (tx) => {
        await recordEvent(tx, { businessId: 'biz_1', type: 'product.created', data: { object: {} } });
        await tx.query('SELECT * FROM no_such_table');
      }),
    ).rejects.toThrow(/no_such_table/);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM events');
    expect(rows[0]!.n).toBe(0);
  });

  it('commits an event with its change and wakes listeners at commit', async () => {
    handle = await openTestDatabase(engine);
    const { db } = handle;
    const heard: string[] = [];
    const unlisten = await db.listen('pos_events', (payload) => heard.push(payload));
    await db.query(`INSERT INTO businesses (id, name) VALUES ('biz_1', 'Shop')`);
    const envelope = await db.transaction((tx) =>
      recordEvent(tx, { businessId: 'biz_1', type: 'product.created', locationId: null, data: { object: { id: 'prd_1' } } }),
    );
    expect(envelope.id).toMatch(/^evt_/);
    expect(envelope.cursor).toMatch(/^\d+-\d+$/);
    expect(envelope.data).toEqual({ object: { id: 'prd_1' } });
    await expect.poll(() => heard).toContain('biz_1');
    await unlisten();
  });

  it('runs concurrent queries inside one transaction one after another', async () => {
    handle = await openTestDatabase(engine);
    const { db } = handle;
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    const values = await db.transaction((tx) =>
      Promise.all(Array.from({ length: 20 }, (_, i) => tx.query<{ v: number }>('SELECT $1::int8 AS v', [i]).then((r) => r.rows[0]!.v))),
    );
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    expect(values).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
  });
});
