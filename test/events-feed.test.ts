// The events feed (SPEC §5.4): paging with next_cursor, every `since` form, type and location filters,
// the HTTP route, and — on PostgreSQL — the exactly-once guarantee under concurrent writers whose
// transactions commit out of order, plus a transaction that stays open while later ones commit.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../sync-server/app';
import { createApiKey } from '../sync-server/auth/api-keys';
import { loadConfig } from '../sync-server/config';
import { readFeed } from '../sync-server/events/events-feed';
import { recordEvent } from '../sync-server/events/outbox';
import { pruneOld } from '../sync-server/events/retention';
import type { Database } from '../sync-server/storage/database';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function emit(db: Database, biz: TestBusiness, type = 'order.created', locationId: string | null = biz.locationIds[0], n = 0) {
  return db.transaction((tx) => recordEvent(tx, { businessId: biz.businessId, type, locationId, data: { object: { id: `ord_${n}` } } }));
}

/** Follows next_cursor from `since` until a page has no more; returns every id seen, in order. */
async function drain(
  db: Database,
  businessId: string,
  since: string | undefined,
  limit: number,
  extra: { types?: string[]; locationIds?: string[] | null } = {},
) {
  const ids: string[] = [];
  let cursor = since;
  for (;;) {
    const page = await readFeed(db, { businessId, since: cursor, limit, types: extra.types, locationIds: extra.locationIds ?? null });
    ids.push(...page.data.map((e) => e.id));
    cursor = page.next_cursor;
    if (!page.has_more) return { ids, cursor };
  }
}

describe.each(TEST_ENGINES)('events feed (%s)', (engine) => {
  let handle: TestDatabase;
  let biz: TestBusiness;
  const emitted: string[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    biz = await seedTestBusiness(handle.db);
    for (let i = 0; i < 23; i++) emitted.push((await emit(handle.db, biz, i % 3 === 0 ? 'order.paid' : 'order.created', biz.locationIds[i % 2], i)).id);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('pages through every event once, in order, and a caught-up cursor returns nothing new until more commit', async () => {
    const { ids, cursor } = await drain(handle.db, biz.businessId, undefined, 5);
    expect(ids).toEqual(emitted);
    const empty = await readFeed(handle.db, { businessId: biz.businessId, since: cursor, locationIds: null });
    expect(empty).toMatchObject({ data: [], has_more: false });
    const more = await emit(handle.db, biz, 'order.voided');
    const next = await readFeed(handle.db, { businessId: biz.businessId, since: empty.next_cursor, locationIds: null });
    expect(next.data.map((e) => e.id)).toEqual([more.id]);
    emitted.push(more.id);
  });

  it("resumes from an envelope's cursor, an event id or an RFC 3339 time", async () => {
    const first = await readFeed(handle.db, { businessId: biz.businessId, limit: 10, locationIds: null });
    const tenth = first.data[9]!;
    expect((await drain(handle.db, biz.businessId, tenth.cursor, 7)).ids).toEqual(emitted.slice(10));
    expect((await drain(handle.db, biz.businessId, tenth.id, 7)).ids).toEqual(emitted.slice(10));
    const fromTime = (await drain(handle.db, biz.businessId, first.data[5]!.created_at, 50)).ids;
    expect(fromTime).toEqual(emitted.slice(emitted.indexOf(fromTime[0]!)));
    expect(fromTime).toContain(first.data[5]!.id);
    // Envelope times have millisecond precision: events of that same millisecond may come too, but
    // none from an earlier one.
    const earlier = first.data
      .slice(0, 5)
      .filter((e) => e.created_at < first.data[5]!.created_at)
      .map((e) => e.id);
    for (const id of earlier) expect(fromTime).not.toContain(id);
    expect((await drain(handle.db, biz.businessId, '2999-01-01T00:00:00Z', 50)).ids).toEqual([]);
  });

  it('filters by type and by location (business-wide events are visible to every location)', async () => {
    const wide = await emit(handle.db, biz, 'product.updated', null);
    emitted.push(wide.id);
    const paid = (await drain(handle.db, biz.businessId, undefined, 4, { types: ['order.paid'] })).ids;
    expect(paid.length).toBeGreaterThan(0);
    const types = await handle.db.query<{ id: string; type: string }>('SELECT id, type FROM events WHERE id = ANY ($1)', [paid]);
    expect(new Set(types.rows.map((r) => r.type))).toEqual(new Set(['order.paid']));
    const shop2 = (await drain(handle.db, biz.businessId, undefined, 6, { locationIds: [biz.locationIds[1]] })).ids;
    const rows = await handle.db.query<{ id: string; location_id: string | null }>(
      'SELECT id, location_id FROM events WHERE business_id = $1 ORDER BY xact_id, seq',
      [biz.businessId],
    );
    expect(shop2).toEqual(rows.rows.filter((r) => r.location_id === null || r.location_id === biz.locationIds[1]).map((r) => r.id));
    expect(shop2).toContain(wide.id);
  });

  it('never shows another business its events', async () => {
    const other = await seedTestBusiness(handle.db);
    await emit(handle.db, other, 'order.paid', other.locationIds[0]);
    expect((await drain(handle.db, biz.businessId, undefined, 100)).ids).toEqual(emitted);
    expect((await drain(handle.db, other.businessId, undefined, 100)).ids).toHaveLength(1);
  });

  it('orders by transaction id as a number, also across a change of digit count (9 before 10)', async () => {
    const fresh = await seedTestBusiness(handle.db);
    for (const [id, xact] of [
      ['evt_01KAQ0000000000000000000XA', '10'],
      ['evt_01KAQ0000000000000000000XB', '9'],
      ['evt_01KAQ0000000000000000000XC', '100'],
    ]) {
      await handle.db.query(
        `INSERT INTO events (id, business_id, type, api_version, occurred_at, data, xact_id) VALUES ($1, $2, 'order.paid', 'v', now(), '{}', $3::text::xid8)`,
        [id, fresh.businessId, xact],
      );
    }
    const one = await drain(handle.db, fresh.businessId, undefined, 1);
    expect(one.ids).toEqual(['evt_01KAQ0000000000000000000XB', 'evt_01KAQ0000000000000000000XA', 'evt_01KAQ0000000000000000000XC']);
  });

  it('rejects a malformed since, an unknown event id, an unknown type and a bad limit', async () => {
    const bad = (since: string) => readFeed(handle.db, { businessId: biz.businessId, since, locationIds: null });
    await expect(bad('yesterday')).rejects.toMatchObject({ statusCode: 400, param: 'since' });
    await expect(bad('evt_01KAQ0Z9Y8X7W6V5T4S3R2Q1P0')).rejects.toMatchObject({ code: 'since_event_unknown' });
    await expect(bad('2026-13-45T99:00:00Z')).rejects.toMatchObject({ statusCode: 400 });
    await expect(readFeed(handle.db, { businessId: biz.businessId, limit: 0, locationIds: null })).rejects.toMatchObject({ param: 'limit' });
  });

  it('prunes events and finished deliveries older than the retention, never a queued delivery', async () => {
    const old = await seedTestBusiness(handle.db);
    const kept = await emit(handle.db, old, 'order.paid');
    const gone = await emit(handle.db, old, 'order.paid');
    await handle.db.query(`UPDATE events SET created_at = now() - interval '31 days' WHERE id = ANY ($1)`, [[kept.id, gone.id]]);
    await handle.db.query(
      `INSERT INTO webhook_endpoints (id, business_id, name, url, subscribed_events) VALUES ('whk_OLD', $1, 'old', 'https://a.example.com', '{order.paid}')`,
      [old.businessId],
    );
    await handle.db.query(
      `INSERT INTO webhook_deliveries (id, business_id, endpoint_id, event_id, event_type, status, created_at) VALUES
      ('dlv_KEPT', $1, 'whk_OLD', $2, 'order.paid', 'pending', now() - interval '31 days'),
      ('dlv_GONE', $1, 'whk_OLD', $3, 'order.paid', 'succeeded', now() - interval '31 days')`,
      [old.businessId, kept.id, gone.id],
    );
    const result = await pruneOld(handle.db);
    expect(result.deliveries).toBeGreaterThanOrEqual(1);
    const left = await handle.db.query<{ id: string }>('SELECT id FROM events WHERE business_id = $1', [old.businessId]);
    expect(left.rows.map((r) => r.id)).toEqual([kept.id]);
    const deliveries = await handle.db.query<{ id: string }>(`SELECT id FROM webhook_deliveries WHERE endpoint_id = 'whk_OLD'`);
    expect(deliveries.rows.map((r) => r.id)).toEqual(['dlv_KEPT']);
    expect((await drain(handle.db, biz.businessId, undefined, 100)).ids).toEqual(emitted);
  });

  describe.runIf(engine === 'postgres')('on PostgreSQL only', () => {
    it('holds back events committed after an older transaction that is still open, then serves both in order', async () => {
      const writerDb = await handle.reopen();
      const { cursor: start } = await drain(handle.db, biz.businessId, undefined, 100);
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let slowId = '';
      let started!: () => void;
      const slowStarted = new Promise<void>((resolve) => (started = resolve));
      const slow = writerDb.transaction(async (tx) => {
        slowId = (
          await recordEvent(tx, { businessId: biz.businessId, type: 'order.paid', locationId: biz.locationIds[0], data: { object: { id: 'ord_slow' } } })
        ).id;
        started();
        await gate;
      });
      await slowStarted;
      const fast = await emit(handle.db, biz, 'order.created');
      const held = await readFeed(handle.db, { businessId: biz.businessId, since: start, locationIds: null });
      expect(held.data).toEqual([]); // the fast event committed, but an older transaction is still open
      release();
      await slow;
      const after = await drain(handle.db, biz.businessId, held.next_cursor, 10);
      expect(after.ids).toEqual([slowId, fast.id]);
      emitted.push(slowId, fast.id);
    });

    it('concurrent writers committing out of order: a reader following next_cursor sees every committed event exactly once', async () => {
      const writers = await Promise.all([handle.reopen(), handle.reopen()]);
      const committed: string[] = [];
      let writing = true;
      const seen: string[] = [];
      // The reader stops once it has seen as many events as were committed (or after a deadline): a
      // skipped event would keep it short, a duplicate shows in the assertions below.
      const reader = (async () => {
        let cursor: string | undefined = (await drain(handle.db, biz.businessId, undefined, 1000)).cursor;
        const deadline = Date.now() + 60_000;
        for (;;) {
          const page = await readFeed(handle.db, { businessId: biz.businessId, since: cursor, limit: 7, locationIds: null });
          seen.push(...page.data.map((e) => e.id));
          cursor = page.next_cursor;
          if ((!writing && seen.length >= committed.length) || Date.now() > deadline) return;
          if (!page.has_more) await sleep(3);
        }
      })();
      await Promise.all(
        Array.from({ length: 12 }, async (_, w) => {
          const db = writers[w % writers.length]!;
          for (let i = 0; i < 15; i++) {
            let rolledBack = false;
            const ids = await db
              .transaction(async (tx) => {
                const out: string[] = [];
                for (let k = 0; k < 1 + (i % 3); k++) {
                  out.push(
                    (
                      await recordEvent(tx, {
                        businessId: biz.businessId,
                        type: 'order.created',
                        locationId: biz.locationIds[w % 2],
                        data: { object: { id: `ord_${w}_${i}_${k}` } },
                      })
                    ).id,
                  );
                  await sleep(Math.random() * 15);
                }
                if (Math.random() < 0.1) {
                  rolledBack = true;
                  throw new Error('rollback');
                }
                return out;
              })
              .catch(() => [] as string[]);
            if (!rolledBack) committed.push(...ids);
          }
        }),
      );
      writing = false;
      await reader;
      expect(seen.length).toBe(new Set(seen).size); // nothing twice
      expect(new Set(seen)).toEqual(new Set(committed)); // nothing skipped, nothing rolled back
      expect(committed.length).toBeGreaterThan(250);
    });
  });
});

describe('GET /api/v1/events', () => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let biz: TestBusiness;

  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
    biz = await seedTestBusiness(handle.db);
    app = await buildApp({ db: handle.db, config: loadConfig({}), workers: false });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("serves the key's locations with next_cursor, and refuses bad parameters and missing scopes", async () => {
    const { key: allKey } = await createApiKey(handle.db, { businessId: biz.businessId, name: 'all', scopes: ['events:read'], locationIds: 'all' });
    const { key: shopKey } = await createApiKey(handle.db, {
      businessId: biz.businessId,
      name: 'shop1',
      scopes: ['events:read'],
      locationIds: [biz.locationIds[0]],
    });
    const { key: noScope } = await createApiKey(handle.db, { businessId: biz.businessId, name: 'none', scopes: ['orders:read'], locationIds: 'all' });
    const a = await emit(handle.db, biz, 'order.paid', biz.locationIds[0]);
    const b = await emit(handle.db, biz, 'order.paid', biz.locationIds[1]);
    const c = await emit(handle.db, biz, 'product.created', null);
    const get = (url: string, key: string) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}`, 'x-request-id': randomUUID() } });

    const first = await get('/api/v1/events?limit=2', allKey);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const page = first.json();
    expect(page).toMatchObject({ object: 'list', has_more: true });
    expect(page.data.map((e: { id: string }) => e.id)).toEqual([a.id, b.id]);
    expect(page.data[0]).toEqual(a);
    // The body splices each event's stored data in as text: it must be the same page readFeed builds.
    expect(page).toEqual({ object: 'list', ...(await readFeed(handle.db, { businessId: biz.businessId, limit: 2, locationIds: null })) });
    const rest = (await get(`/api/v1/events?since=${page.next_cursor}`, allKey)).json();
    expect(rest.data.map((e: { id: string }) => e.id)).toEqual([c.id]);
    expect((await get('/api/v1/events', shopKey)).json().data.map((e: { id: string }) => e.id)).toEqual([a.id, c.id]);
    expect((await get('/api/v1/events?types=product.created', allKey)).json().data.map((e: { id: string }) => e.id)).toEqual([c.id]);
    expect((await get(`/api/v1/events?since=${encodeURIComponent(a.created_at)}`, allKey)).json().data[0].id).toBe(a.id);

    expect((await get('/api/v1/events?types=order.exploded', allKey)).json().error).toMatchObject({ code: 'event_type_unknown', param: 'types' });
    // The same wildcards as subscribed_events: "order.*" covers every order event, "*" everything.
    expect(
      (await get(`/api/v1/events?since=${encodeURIComponent(page.data[0].cursor)}&types=order.*`, allKey)).json().data.map((e: { id: string }) => e.id),
    ).toEqual([b.id]);
    expect(
      (await get(`/api/v1/events?since=${encodeURIComponent(page.data[0].cursor)}&types=product.*,order.paid`, allKey))
        .json()
        .data.map((e: { id: string }) => e.id),
    ).toEqual([b.id, c.id]);
    expect((await get(`/api/v1/events?since=${encodeURIComponent(page.data[0].cursor)}&types=*`, allKey)).json().data.map((e: { id: string }) => e.id)).toEqual(
      [b.id, c.id],
    );
    expect((await get(`/api/v1/events?since=${encodeURIComponent(page.data[0].cursor)}&types=inventory.*`, allKey)).json().data).toEqual([]);
    for (const bad of ['ordr.*', 'order.**', 'order', 'order.*,nope']) {
      const res = await get(`/api/v1/events?types=${encodeURIComponent(bad)}`, allKey);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'event_type_unknown', param: 'types' });
      for (const valid of ['*', 'order.*', 'product.*', 'order.paid']) expect(res.json().error.message).toContain(`"${valid}"`);
    }
    expect((await get('/api/v1/events?since=banana', allKey)).statusCode).toBe(400);
    expect((await get('/api/v1/events?limit=5000', allKey)).statusCode).toBe(400);
    expect((await get('/api/v1/events', noScope)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/events' })).statusCode).toBe(401);
    const odd = { object: { id: 'prd_odd', name: 'Café "$&" $1 \\ \u2028 🥐', price: 12345678901, tags: [], nested: { data: 'data' } } };
    const d = await handle.db.transaction((tx) => recordEvent(tx, { businessId: biz.businessId, type: 'product.updated', locationId: null, data: odd }));
    expect((await get(`/api/v1/events?since=${encodeURIComponent(c.cursor)}`, allKey)).json().data).toEqual([{ ...d, data: odd }]);
  });
});
