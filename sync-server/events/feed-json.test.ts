// GET /api/v1/events builds each envelope in SQL (events-feed.ts ENVELOPE_SQL): the body must be byte
// for byte what Node's envelopeJson makes of the same rows with data as jsonb text (a full webhook body is
// the same text: the claim selects ENVELOPE_SQL too, test/webhooks-dispatcher.test.ts), for
// awkward text, times with microseconds, null location and device, and both modes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeed, readFeedJson } from './events-feed';
import { EVENT_COLUMNS_WITHOUT_DATA, envelopeJson, recordEvents, type EventRow } from './outbox';
import { bindLiveMode } from '../storage/live-mode';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';

describe.each(TEST_ENGINES)('events feed JSON built by the database (%s)', (engine) => {
  let handle: TestDatabase;
  let biz: TestBusiness;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    biz = await seedTestBusiness(handle.db);
    const awkward = {
      object: {
        id: 'ord_1',
        note: 'quote " backslash \\ newline \n tab \t nul-ish \u0001 é 😀 \u2028',
        n: 1.5,
        big: 12345678901234,
        nested: [null, true, { a: [] }],
      },
    };
    await handle.db.transaction((tx) =>
      recordEvents(tx, [
        {
          businessId: biz.businessId,
          type: 'order.created',
          locationId: biz.locationIds[0],
          deviceId: null,
          occurredAt: '2026-11-23T09:12:04.500Z',
          data: awkward,
        },
        { businessId: biz.businessId, type: 'product.updated', locationId: null, data: { object: { id: 'prd_1' } } },
      ]),
    );
    await handle.db.transaction((tx) =>
      recordEvents(tx, [{ businessId: biz.businessId, type: 'product.updated', locationId: null, data: { object: { id: 'prd_2' } } }]),
    );
    await handle.db.transaction(async (tx) => {
      await bindLiveMode(tx, false);
      await recordEvents(tx, [
        { businessId: biz.businessId, type: 'order.paid', locationId: biz.locationIds[1], deviceId: 'dev_x', data: { object: { id: 'ord_2' } } },
      ]);
    });
    // Microseconds either side of a millisecond: the envelope truncates them as a JS Date does.
    await handle.db.query(`UPDATE events SET created_at = '2026-11-23T10:30:00.289999Z' WHERE type = 'order.created' AND business_id = $1`, [biz.businessId]);
    await handle.db.query(
      `UPDATE events SET created_at = '2026-11-23T10:30:00.000001Z', occurred_at = '2026-11-23T10:29:59.999999Z' WHERE type = 'product.updated' AND business_id = $1`,
      [biz.businessId],
    );
  });
  afterAll(async () => handle?.close());

  for (const livemode of [true, false]) {
    it(`matches envelopeJson of the same rows and readFeed's page (${livemode ? 'live' : 'test'} mode)`, async () => {
      const query = { businessId: biz.businessId, locationIds: null, limit: 10, livemode };
      const body = (await readFeedJson(handle.db, query)).toString('utf8');
      const { rows } = await handle.db.query<Omit<EventRow, 'data'> & { data: string }>(
        `SELECT ${EVENT_COLUMNS_WITHOUT_DATA}, data::text AS data FROM events e WHERE business_id = $1 AND livemode = $2 ORDER BY e.xact_id, e.seq`,
        [biz.businessId, livemode],
      );
      expect(rows.length).toBe(livemode ? 3 : 1);
      const page = await readFeed(handle.db, query);
      const tail = JSON.stringify({ next_cursor: page.next_cursor, has_more: false }).slice(1);
      expect(body).toBe(`{"object":"list","data":[${rows.map(envelopeJson).join(',')}],${tail}`);
      expect(JSON.parse(body)).toEqual({ object: 'list', ...page });
    });
  }

  // The database joins the page: the row past the limit only tells has_more, and the cursor is the
  // last row's that was sent (or the horizon when nothing is left).
  it.each<[string, { limit: number; types?: string[]; since?: 'first' }]>([
    ['a page cut short by its limit', { limit: 2 }],
    ['an empty page', { limit: 5, types: ['customer.deleted'] }],
    ['a page after a cursor', { limit: 5, since: 'first' }],
  ])('has the same data, next_cursor and has_more as readFeed for %s', async (_name, options) => {
    const first = await readFeed(handle.db, { businessId: biz.businessId, locationIds: null, limit: 1 });
    const query = { businessId: biz.businessId, locationIds: null, ...options, since: options.since && first.next_cursor };
    const body = (await readFeedJson(handle.db, query)).toString('utf8');
    const page = await readFeed(handle.db, query);
    expect(JSON.parse(body)).toEqual({ object: 'list', ...page });
    expect(page.data.length).toBe(options.types ? 0 : 2);
  });
});
