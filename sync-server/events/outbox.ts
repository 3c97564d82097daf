// Transactional outbox: every change writes its event row with `recordEvent(tx, …)` inside the
// transaction that makes the change, so there is no change without its event and no event without
// its change. The same statement queues the webhook deliveries, and a NOTIFY (delivered at commit)
// wakes the webhook dispatchers of every instance.
import { API_VERSION } from '../../core/api-version';
import { isEventType } from '../../core/events/catalog';
import type { EventEnvelope } from '../../core/events/envelope';
import { newId } from '../../core/ids';
import type { Queryable } from '../storage/database';

export const EVENTS_CHANNEL = 'pos_events';

export interface NewEvent {
  businessId: string;
  type: string;
  locationId?: string | null;
  deviceId?: string | null;
  /** When it happened; defaults to now (the cloud's clock). */
  occurredAt?: Date | string | null;
  data: Record<string, unknown>;
}

export interface EventRow {
  seq: number;
  id: string;
  business_id: string;
  type: string;
  location_id: string | null;
  device_id: string | null;
  api_version: string;
  occurred_at: Date;
  created_at: Date;
  xact_id: string;
  livemode: boolean;
  data: Record<string, unknown>;
}

/** Feed position of an event: its transaction id and its insert sequence, opaque to clients. */
export function encodeCursor(xactId: string, seq: number): string {
  return `${xactId}-${seq}`;
}

export function decodeCursor(cursor: string): { xactId: string; seq: number } | null {
  const match = /^(\d{1,20})-(\d{1,19})$/.exec(cursor);
  if (!match) return null;
  return { xactId: match[1]!, seq: Number(match[2]) };
}

export function envelopeFromRow(row: EventRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    created_at: new Date(row.created_at).toISOString(),
    occurred_at: new Date(row.occurred_at).toISOString(),
    cursor: encodeCursor(row.xact_id, row.seq),
    api_version: row.api_version,
    location_id: row.location_id,
    device_id: row.device_id,
    livemode: row.livemode,
    data: row.data,
  };
}

/** SQL test that an event `type` is covered by a `subscribed_events` array: exact, "*" or "noun.*" (cf. subscriptionMatches). */
export function subscribedSql(type: string, subscribed: string): string {
  return `(${type} = ANY (${subscribed}) OR '*' = ANY (${subscribed}) OR split_part(${type}, '.', 1) || '.*' = ANY (${subscribed}))`;
}

/** Every column of an event but its data, as EventRow names them. */
export const EVENT_COLUMNS_WITHOUT_DATA =
  'seq, id, business_id, type, location_id, device_id, api_version, occurred_at, created_at, xact_id::text AS xact_id, livemode';
export const EVENT_COLUMNS = `${EVENT_COLUMNS_WITHOUT_DATA}, data`;

const DATA_MARK = '\u0000event data\u0000';
const DATA_MARK_JSON = JSON.stringify(DATA_MARK);

/**
 * The envelope as JSON, with `data` spliced in as the stored JSON text (`data::text`): a page of
 * 1 000 events is neither parsed nor re-serialized (that was most of the feed's cost, bench/: server).
 */
export function envelopeJson(row: Omit<EventRow, 'data'> & { data: string }): string {
  const json = JSON.stringify(envelopeFromRow({ ...row, data: DATA_MARK as unknown as Record<string, unknown> }));
  return json.replace(DATA_MARK_JSON, () => row.data);
}

/**
 * Writes `event` inside the caller's transaction and queues one webhook delivery per enabled endpoint
 * of the business that subscribes to its type (and may see its location, and is of the event's mode:
 * the transaction's, storage/live-mode.ts) — in the same transaction,
 * so the dispatcher can never miss an event and a rolled-back change leaves no delivery behind.
 */
export async function recordEvent(tx: Queryable, event: NewEvent): Promise<EventEnvelope> {
  return (await recordEvents(tx, [event]))[0]!;
}

/** The rows of `events` (one business, known types) as the multi-event INSERTs take them as JSON, each with a new id. */
function eventRows(events: readonly NewEvent[], writer: string) {
  const businessId = events[0]!.businessId;
  return events.map((event) => {
    if (!isEventType(event.type) || event.type === 'webhook.test') throw new TypeError(`unknown event type "${event.type}" (see core/events/catalog.ts)`);
    if (event.businessId !== businessId) throw new TypeError(`${writer} writes the events of one business`);
    const occurredAt = event.occurredAt ? new Date(event.occurredAt) : new Date();
    return {
      id: newId('evt'),
      type: event.type,
      location_id: event.locationId ?? null,
      device_id: event.deviceId ?? null,
      occurred_at: occurredAt.toISOString(),
      data: event.data,
    };
  });
}

/**
 * `recordEvent` for several events of one business at once, in feed order: one statement writes
 * them all (and a second queues their deliveries, when an endpoint wants any), so a sale's five
 * events cost one round trip instead of five.
 */
export async function recordEvents(tx: Queryable, events: readonly NewEvent[]): Promise<EventEnvelope[]> {
  if (events.length === 0) return [];
  const businessId = events[0]!.businessId;
  const input = eventRows(events, 'recordEvents');
  const json = JSON.stringify(input);
  // The data is not returned: the envelopes take it from the JSON sent (as the database stores it: Dates as strings).
  const { rows } = await tx.query<Omit<EventRow, 'data'> & { endpoint_ids: string[] }>(
    `WITH ev AS (
       INSERT INTO events (id, business_id, type, location_id, device_id, api_version, occurred_at, data)
       SELECT i.id, $2, i.type, i.location_id, i.device_id, $3, i.occurred_at, i.data
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id text, type text, location_id text, device_id text, occurred_at timestamptz, data jsonb))
         WITH ORDINALITY AS i(id, type, location_id, device_id, occurred_at, data, n)
       ORDER BY i.n
       RETURNING ${EVENT_COLUMNS_WITHOUT_DATA}
     )
     SELECT ev.*, pg_notify($4, ev.business_id) IS NULL AS _notified,
       ARRAY(SELECT w.id FROM webhook_endpoints w
             WHERE w.business_id = ev.business_id AND w.enabled AND w.livemode = ev.livemode
               AND ${subscribedSql('ev.type', 'w.subscribed_events')}
               AND (w.location_ids IS NULL OR ev.location_id IS NULL OR ev.location_id = ANY (w.location_ids))
             ORDER BY w.id) AS endpoint_ids
     FROM ev ORDER BY ev.seq`,
    [json, businessId, API_VERSION, EVENTS_CHANNEL],
  );
  const deliveries = rows.flatMap((row) => row.endpoint_ids.map((endpointId) => ({ id: newId('dlv'), endpointId, eventId: row.id, type: row.type })));
  if (deliveries.length > 0) {
    await tx.query(
      `INSERT INTO webhook_deliveries (id, business_id, endpoint_id, event_id, event_type)
       SELECT d.id, $2, d.endpoint_id, d.event_id, d.event_type FROM unnest($1::text[], $3::text[], $4::text[], $5::text[]) AS d(id, endpoint_id, event_id, event_type)`,
      [deliveries.map((d) => d.id), businessId, deliveries.map((d) => d.endpointId), deliveries.map((d) => d.eventId), deliveries.map((d) => d.type)],
    );
  }
  const dataById = new Map((JSON.parse(json) as typeof input).map((e) => [e.id, e.data]));
  return rows.map((row) => envelopeFromRow({ ...row, data: dataById.get(row.id)! }));
}

/**
 * `recordEvents` for a writer that needs no envelopes back (a push group's set-based write): the
 * events of one business in one INSERT whose rows are not returned; the statement answers one row,
 * the deliveries to queue (usually none), and notifies once. Same rows, feed order and deliveries
 * as recordEvents.
 */
export async function writeEvents(tx: Queryable, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const businessId = events[0]!.businessId;
  const input = eventRows(events, 'writeEvents');
  const { rows } = await tx.query<{ deliveries: [string, string, string][] }>(
    `WITH ev AS (
       INSERT INTO events (id, business_id, type, location_id, device_id, api_version, occurred_at, data)
       SELECT i.id, $2, i.type, i.location_id, i.device_id, $3, i.occurred_at, i.data
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id text, type text, location_id text, device_id text, occurred_at timestamptz, data jsonb))
         WITH ORDINALITY AS i(id, type, location_id, device_id, occurred_at, data, n)
       ORDER BY i.n
       RETURNING seq, id, type, location_id, livemode
     )
     SELECT pg_notify($4, $2) IS NULL AS _notified,
       ARRAY(SELECT jsonb_build_array(ev.id, ev.type, w.id) FROM ev JOIN webhook_endpoints w
             ON w.business_id = $2 AND w.enabled AND w.livemode = ev.livemode
               AND ${subscribedSql('ev.type', 'w.subscribed_events')}
               AND (w.location_ids IS NULL OR ev.location_id IS NULL OR ev.location_id = ANY (w.location_ids))
             ORDER BY ev.seq, w.id) AS deliveries`,
    [JSON.stringify(input), businessId, API_VERSION, EVENTS_CHANNEL],
    { name: 'events_write_bulk' },
  );
  const deliveries = rows[0]!.deliveries.map(([eventId, type, endpointId]) => ({ id: newId('dlv'), endpointId, eventId, type }));
  if (deliveries.length > 0) {
    await tx.query(
      `INSERT INTO webhook_deliveries (id, business_id, endpoint_id, event_id, event_type)
       SELECT d.id, $2, d.endpoint_id, d.event_id, d.event_type FROM unnest($1::text[], $3::text[], $4::text[], $5::text[]) AS d(id, endpoint_id, event_id, event_type)`,
      [deliveries.map((d) => d.id), businessId, deliveries.map((d) => d.endpointId), deliveries.map((d) => d.eventId), deliveries.map((d) => d.type)],
    );
  }
}
