// server, events feed: one page of 1 000 events from GET /api/v1/events with 1 000 to 100 000 events
// stored, beside the raw keyset SELECT of the same rows.
import { newId } from '../../core/ids';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { EVENT_COLUMNS } from '../../sync-server/events/outbox';
import type { Database } from '../../sync-server/storage/database';
import type { BenchContext } from '../benchmark';
import { comparison, measurePair, type CaseResult } from '../harness';
import { fmt, type ServerSetup } from './server-setup';

/**
 * Copies of the events the push wrote, `size` of them, into a business of their own (in
 * transactions of 10 000), so the feed can be timed at a known number of stored events.
 */
async function fillFeed(db: Database, source: string, size: number): Promise<string> {
  const businessId = newId('biz');
  await db.query(`INSERT INTO businesses (id, name) VALUES ($1, 'Feed bench')`, [businessId]);
  for (let from = 0; from < size; from += 10_000) {
    await db.query(
      `WITH tpl AS (SELECT (row_number() OVER (ORDER BY seq)) - 1 AS i, type, location_id, device_id, api_version, occurred_at, data
                    FROM (SELECT * FROM events WHERE business_id = $1 ORDER BY seq LIMIT 5000) e),
            n AS (SELECT count(*) AS n FROM tpl)
       INSERT INTO events (id, business_id, type, location_id, device_id, api_version, occurred_at, data)
       SELECT 'evt_feed_' || $2 || '_' || g, $2, tpl.type, tpl.location_id, tpl.device_id, tpl.api_version, tpl.occurred_at, tpl.data
       FROM generate_series($3::int, $4::int) g CROSS JOIN n JOIN tpl ON tpl.i = g % n.n`,
      [source, businessId, from, Math.min(from + 10_000, size) - 1],
    );
  }
  return businessId;
}

/** One page of 1 000 events from GET /api/v1/events vs the raw keyset SELECT of the same rows, with `size` events stored. */
export async function benchEventsFeed(s: ServerSetup, context: BenchContext, size: number): Promise<CaseResult> {
  const { app, rawDb: db, f } = s;
  const { progress, quick } = context;
  const businessId = await fillFeed(db, f.businessId, size);
  const key = await createApiKey(db, { businessId, name: 'bench feed', scopes: ['events:read'], locationIds: 'all' });
  // Cursors of every full page, found by walking the feed once.
  const cursors: string[] = [];
  let since = '';
  for (;;) {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/events?limit=1000${since ? `&since=${encodeURIComponent(since)}` : ''}`,
      headers: { authorization: `Bearer ${key.key}` },
    });
    if (res.statusCode !== 200) throw new Error(`GET /api/v1/events answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    const page = res.json() as { data: unknown[]; next_cursor: string; has_more: boolean };
    if (page.data.length === 1000) cursors.push(since);
    if (!page.has_more) break;
    since = page.next_cursor;
  }
  if (cursors.length === 0) throw new Error('fewer than 1 000 events in the feed');
  const options = { warmup: quick ? 2 : 4, samples: quick ? 5 : 30, maxMs: quick ? 3_000 : 8_000 };
  const positions = cursors.map((c) => (c ? c.split('-') : ['0', '0']) as [string, string]);
  const before = s.statements();
  let pages = 0;
  progress.step(`server: GET /api/v1/events?limit=1000 vs raw SELECT (${size} stored), interleaved`);
  const { ours, baseline } = await measurePair(
    async (i) => {
      const cursor = cursors[i % cursors.length]!;
      pages++;
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/events?limit=1000${cursor ? `&since=${encodeURIComponent(cursor)}` : ''}`,
        headers: { authorization: `Bearer ${key.key}` },
      });
      if (res.statusCode !== 200) throw new Error(`GET /api/v1/events answered ${res.statusCode}`);
    },
    async (i) => {
      const [xact, seq] = positions[i % positions.length]!;
      // Qualified ORDER BY: EVENT_COLUMNS renames xact_id to its text form, and a bare `xact_id`
      // would sort that text (a sequential scan and a sort instead of the keyset index walk).
      const { rows } = await db.query(
        `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.business_id = $1 AND (e.xact_id, e.seq) > ($2::text::xid8, $3::bigint) ORDER BY e.xact_id, e.seq LIMIT 1000`,
        [businessId, xact, Number(seq)],
      );
      if (rows.length !== 1000) throw new Error(`raw SELECT returned ${rows.length} rows`);
    },
    { ...options, onSample: (d, w) => progress.tick(d, w) },
  );
  const perPage = (s.statements() - before) / pages;
  return comparison({
    name: `events feed page of 1 000 (${fmt(size)} stored)`,
    headline: 'latency',
    unit: 'page',
    ours: { label: 'GET /api/v1/events?limit=1000 (key auth, commit horizon, envelopes, JSON)', ...ours },
    baseline: { label: 'raw keyset SELECT of the same 1 000 rows', ...baseline },
    notes: `${perPage.toFixed(1)} statements per page (key lookup and the page with its horizon, each envelope's JSON written by the database); pages taken in turn from ${cursors.length} full pages of a feed of ${fmt(size)} events (copies of the pushed sales' events, in a business of their own).`,
  });
}

/** Stored events the feed is timed at; 100 000 only with --full (filling them takes a while). */
export function feedSizes(context: BenchContext): number[] {
  return context.quick ? [1_000] : context.full ? [1_000, 10_000, 100_000] : [1_000, 10_000];
}
