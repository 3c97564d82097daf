// Transactional outbox: every change writes its event row with `recordEvent(tx, …)` inside the
// transaction that makes the change, so there is no change without its event and no event without
// its change. A NOTIFY in the same transaction (delivered at commit) wakes the webhook dispatcher.
import { API_VERSION } from '../../core/api-version';
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
    data: row.data,
  };
}

export const EVENT_COLUMNS =
  'seq, id, business_id, type, location_id, device_id, api_version, occurred_at, created_at, xact_id::text AS xact_id, data';

export async function recordEvent(tx: Queryable, event: NewEvent): Promise<EventEnvelope> {
  const occurredAt = event.occurredAt ? new Date(event.occurredAt) : new Date();
  const { rows } = await tx.query<EventRow>(
    `INSERT INTO events (id, business_id, type, location_id, device_id, api_version, occurred_at, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     RETURNING ${EVENT_COLUMNS}`,
    [newId('evt'), event.businessId, event.type, event.locationId ?? null, event.deviceId ?? null, API_VERSION, occurredAt, event.data],
  );
  await tx.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, event.businessId]);
  return envelopeFromRow(rows[0]!);
}
