// The events feed (SPEC §5.4): pages of committed events in feed order, (xact_id, seq), served
// only below the oldest running transaction so that a cursor never passes an event that commits late.
import { EVENT_TYPES } from '../../core/events/catalog';
import { subscriptionMatches } from '../../core/events/webhook-api';
import type { EventEnvelope } from '../../core/events/envelope';
import { isId } from '../../core/ids';
import { ApiError } from '../http/api-error';
import type { Queryable } from '../storage/database';
import { decodeCursor, encodeCursor, EVENT_COLUMNS, envelopeFromRow, type EventRow } from './outbox';

export const FEED_DEFAULT_LIMIT = 100;
export const FEED_MAX_LIMIT = 1000;

export interface FeedQuery {
  businessId: string;
  /** A cursor from a previous page or an envelope, an event id, or an RFC 3339 time; absent = oldest retained event. */
  since?: string | undefined;
  types?: readonly string[] | undefined;
  /** Locations the reader may see; null = all. Events without a location are business-wide and always visible. */
  locationIds: readonly string[] | null;
  limit?: number | undefined;
  /** Which mode's events: live (the default) or test (a pos_test_ key, the back office's test view). */
  livemode?: boolean | undefined;
}

export interface FeedPage {
  data: EventEnvelope[];
  /** Pass as `since` for the next page; never null, so a poller can always continue. */
  next_cursor: string;
  has_more: boolean;
}

interface Position {
  xactId: bigint;
  seq: number;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

const comparePositions = (a: Position, b: Position): number => (a.xactId === b.xactId ? a.seq - b.seq : a.xactId < b.xactId ? -1 : 1);
const encode = (p: Position): string => encodeCursor(p.xactId.toString(), p.seq);

/** What `types=` accepts: "*", a prefix wildcard per noun ("order.*"), or an exact catalog type. */
export const FEED_TYPE_PATTERNS: readonly string[] = ['*', ...new Set(EVENT_TYPES.map((t) => `${t.slice(0, t.indexOf('.'))}.*`)), ...EVENT_TYPES];

/**
 * Splits and checks `types=a,b` and expands wildcards to the catalog types they cover (as a
 * subscription would); an unknown type or pattern is a 400 listing the valid values rather than an
 * always-empty page.
 */
export function parseEventTypes(text: string | undefined, param = 'types'): string[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const patterns = [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = patterns.find((t) => !FEED_TYPE_PATTERNS.includes(t));
  if (unknown) {
    throw new ApiError(
      'invalid_request',
      'event_type_unknown',
      `Unknown event type "${unknown}". Valid values: ${FEED_TYPE_PATTERNS.map((t) => `"${t}"`).join(', ')}.`,
      { param },
    );
  }
  return EVENT_TYPES.filter((type) => patterns.some((pattern) => subscriptionMatches(pattern, type)));
}

const MAX_XID8 = 2n ** 64n - 1n;

/** A cursor-shaped `since` no page could have handed out (past the newest transaction, or out of range). */
const cursorNeverIssued = (): ApiError =>
  new ApiError(
    'invalid_request',
    'cursor_invalid',
    "since is not a cursor this feed issued (it points past the newest event); resume from a next_cursor or an envelope's cursor, an event id (evt_…) or an RFC 3339 time.",
    {
      param: 'since',
    },
  );

/** Resolves `since` to the feed position just before the first event to return. */
export async function resolveSince(db: Queryable, businessId: string, since: string | undefined, livemode = true): Promise<Position> {
  if (since === undefined || since === '') return { xactId: 0n, seq: 0 };
  const cursor = decodeCursor(since);
  if (cursor) {
    const position = { xactId: BigInt(cursor.xactId), seq: cursor.seq };
    if (position.xactId > MAX_XID8 || !Number.isSafeInteger(position.seq)) throw cursorNeverIssued();
    return position;
  }
  if (isId(since, 'evt')) {
    const { rows } = await db.query<{ xact_id: string; seq: number }>(
      'SELECT xact_id::text AS xact_id, seq FROM events WHERE id = $1 AND business_id = $2 AND livemode = $3',
      [since, businessId, livemode],
    );
    const row = rows[0];
    if (!row) {
      throw new ApiError('invalid_request', 'since_event_unknown', `No event "${since}" (events are kept 30 days); resume with a cursor or an RFC 3339 time.`, {
        param: 'since',
      });
    }
    return { xactId: BigInt(row.xact_id), seq: row.seq };
  }
  if (RFC3339.test(since) && !Number.isNaN(Date.parse(since))) {
    // Start before the first committed event recorded at or after that time, and never after the
    // oldest running transaction: its events may be recorded after `since` but commit later.
    const { rows } = await db.query<{ xact_id: string | null; seq: number | null; xmin: string }>(
      `SELECT f.xact_id::text AS xact_id, f.seq, pg_snapshot_xmin(pg_current_snapshot())::text AS xmin
       FROM (SELECT 1) one LEFT JOIN LATERAL (
         SELECT xact_id, seq FROM events WHERE business_id = $1 AND created_at >= $2 AND livemode = $3 ORDER BY xact_id, seq LIMIT 1
       ) f ON true`,
      [businessId, new Date(since), livemode],
    );
    const row = rows[0]!;
    const horizon: Position = { xactId: BigInt(row.xmin), seq: 0 };
    if (row.xact_id === null || row.seq === null) return horizon;
    const first: Position = { xactId: BigInt(row.xact_id), seq: row.seq - 1 };
    return comparePositions(first, horizon) < 0 ? first : horizon;
  }
  throw new ApiError('invalid_request', 'since_invalid', 'since must be a cursor from the feed or an envelope, an event id (evt_…), or an RFC 3339 time.', {
    param: 'since',
  });
}

/** The page's events below the horizon `h.xmin`, in feed order, limit + 1 of them (to tell has_more). */
const PAGE_EVENTS = `events ev
       WHERE ev.business_id = $1
         AND (ev.xact_id, ev.seq) > ($2::text::xid8, $3::bigint)
         AND ev.xact_id < h.xmin
         AND ($4::text[] IS NULL OR ev.type = ANY ($4))
         AND ($5::text[] IS NULL OR ev.location_id IS NULL OR ev.location_id = ANY ($5))
         AND ev.livemode = $7
       -- Qualified: the select list renames xact_id to its text form, and ORDER BY would sort that text.
       ORDER BY ev.xact_id, ev.seq
       LIMIT $6`;

/**
 * The snapshot's horizon (xmin) and newest transaction (xmax), joined to the page in one statement:
 * the rows and the horizon come from the same snapshot, so every transaction below the horizon has
 * either committed (and is visible here) or rolled back.
 */
const SNAPSHOT = `(SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin, pg_snapshot_xmax(pg_current_snapshot()) AS xmax) h`;

/** Checks the limit and resolves `since`: the parameters PAGE_EVENTS takes. */
async function pageQuery(db: Queryable, query: FeedQuery): Promise<{ start: Position; limit: number; params: unknown[] }> {
  const limit = query.limit ?? FEED_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > FEED_MAX_LIMIT) {
    throw new ApiError('invalid_request', 'parameter_invalid', `limit must be an integer from 1 to ${FEED_MAX_LIMIT}.`, { param: 'limit' });
  }
  const livemode = query.livemode ?? true;
  const start = await resolveSince(db, query.businessId, query.since, livemode);
  const params = [query.businessId, start.xactId.toString(), start.seq, query.types ?? null, query.locationIds ?? null, limit + 1, livemode];
  return { start, limit, params };
}

/** The horizon a page was read below; a cursor past the snapshot's newest transaction was never handed out. */
function pageHorizon(start: Position, snapshot: { horizon: string; newest: string }): Position {
  // Every cursor handed out lies below the snapshot's xmax at the time, and xmax only grows.
  if (start.xactId > BigInt(snapshot.newest)) throw cursorNeverIssued();
  return { xactId: BigInt(snapshot.horizon), seq: 0 };
}

/** The rows of one page (limit + 1, to tell has_more), with `columns` as selected, and the horizon. */
async function feedRows<R extends { seq: number }>(
  db: Queryable,
  query: FeedQuery,
  columns: string,
): Promise<{ start: Position; horizon: Position; rows: R[]; limit: number }> {
  const { start, limit, params } = await pageQuery(db, query);
  const { rows } = await db.query<(R & { horizon: string; newest: string }) | { horizon: string; newest: string; seq: null }>(
    `SELECT h.xmin::text AS horizon, h.xmax::text AS newest, e.*
     FROM ${SNAPSHOT} LEFT JOIN LATERAL (SELECT ${columns} FROM ${PAGE_EVENTS}) e ON true`,
    params,
  );
  const horizon = pageHorizon(start, rows[0]!);
  return { start, horizon, rows: rows.filter((row): row is R & { horizon: string; newest: string } => row.seq !== null), limit };
}

/** The cursor after a page: its last event, or past the horizon when nothing more is below it. */
function nextCursor(start: Position, horizon: Position, last: { xact_id: string; seq: number } | undefined, hasMore: boolean): string {
  let next: Position = last ? { xactId: BigInt(last.xact_id), seq: last.seq } : start;
  // Nothing more below the horizon: jump to it, so filtered-out events are not rescanned next time.
  if (!hasMore && comparePositions(horizon, next) > 0) next = horizon;
  return encode(next);
}

export async function readFeed(db: Queryable, query: FeedQuery): Promise<FeedPage> {
  const { start, horizon, rows, limit } = await feedRows<EventRow>(db, query, EVENT_COLUMNS);
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  return { data: page.map(envelopeFromRow), next_cursor: nextCursor(start, horizon, page.at(-1), hasMore), has_more: hasMore };
}

/** ISO 8601 in UTC with milliseconds, as Date#toISOString writes it (to_char's MS truncates, as the Date a row is read into does). */
const isoSql = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const jsonSql = (column: string): string => `coalesce(to_json(${column})::text, 'null')`;

/**
 * One event's envelope as JSON text (of the event row aliased `ev`), byte for byte what `envelopeJson`
 * makes of the row: same keys in the same order, the data spliced in as stored (`data::text`). The
 * webhook claim (webhooks/webhook-claim.ts) sends the same text as a full-payload delivery's body.
 */
export const ENVELOPE_SQL =
  `'{"id":' || ${jsonSql('ev.id')} || ',"type":' || ${jsonSql('ev.type')} || ',"created_at":"' || ${isoSql('ev.created_at')} || '","occurred_at":"' || ${isoSql('ev.occurred_at')}` +
  ` || '","cursor":"' || ev.xact_id::text || '-' || ev.seq::text || '","api_version":' || ${jsonSql('ev.api_version')} || ',"location_id":' || ${jsonSql('ev.location_id')}` +
  ` || ',"device_id":' || ${jsonSql('ev.device_id')} || ',"livemode":' || ev.livemode::text || ',"data":' || ev.data::text || '}'`;

/**
 * The same page as `readFeed`, as the JSON body of GET /api/v1/events (`{object:"list", …}`), in
 * UTF-8. The database writes each envelope (ENVELOPE_SQL) and joins the page's envelopes into one
 * text: Node neither parses a row's times and data nor serializes them again, and it gets the page
 * as one string, so it encodes it once and never walks a thousand pieces (bench/: server).
 */
export async function readFeedJson(db: Queryable, query: FeedQuery): Promise<Buffer> {
  const { start, limit, params } = await pageQuery(db, query);
  const { rows } = await db.query<{ horizon: string; newest: string; n: number; data: string | null; last_xact: string | null; last_seq: string | null }>(
    `SELECT h.xmin::text AS horizon, h.xmax::text AS newest, p.*
     FROM ${SNAPSHOT} LEFT JOIN LATERAL (
       SELECT count(*)::int AS n,
         string_agg(r.envelope, ',' ORDER BY r.i) FILTER (WHERE r.i <= $8) AS data,
         (array_agg(r.xact_id::text ORDER BY r.i DESC) FILTER (WHERE r.i <= $8))[1] AS last_xact,
         (array_agg(r.seq::text ORDER BY r.i DESC) FILTER (WHERE r.i <= $8))[1] AS last_seq
       -- The page (limit + 1 rows, LIMIT right above its ORDER BY: an index walk or a bounded sort, the
       -- envelopes written for those rows only), then numbered in the order it already has.
       FROM (SELECT q.*, row_number() OVER (ORDER BY q.xact_id, q.seq) AS i
             FROM (SELECT ev.xact_id, ev.seq, ${ENVELOPE_SQL} AS envelope FROM ${PAGE_EVENTS}) q) r
     ) p ON true`,
    [...params, limit],
  );
  const row = rows[0]!;
  const horizon = pageHorizon(start, row);
  const hasMore = row.n > limit;
  const last = row.last_xact === null || row.last_seq === null ? undefined : { xact_id: row.last_xact, seq: Number(row.last_seq) };
  const tail = JSON.stringify({ next_cursor: nextCursor(start, horizon, last, hasMore), has_more: hasMore }).slice(1);
  return Buffer.concat([Buffer.from('{"object":"list","data":['), Buffer.from(row.data ?? ''), Buffer.from(`],${tail}`)]);
}
