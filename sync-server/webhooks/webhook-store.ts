// Webhook endpoints, their secrets and their deliveries in the database: what the API routes, the
// dispatcher and the back office read and write. No HTTP here.
import { thinData, EVENT_CATALOG, type EventType } from '../../core/events/catalog';
import type { EventEnvelope } from '../../core/events/envelope';
import { API_VERSION } from '../../core/api-version';
import { newId } from '../../core/ids';
import { recordEvent, subscribedSql } from '../events/outbox';
import type { Queryable } from '../storage/database';
import { bindLiveMode } from '../storage/live-mode';
import type { SecretBox } from './secret-box';
import { generateSecret } from './webhook-signing';

export type PayloadMode = 'full' | 'thin';
export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface EndpointRow {
  id: string;
  business_id: string;
  name: string;
  url: string;
  subscribed_events: string[];
  payload: PayloadMode;
  location_ids: string[] | null;
  enabled: boolean;
  disabled_reason: string | null;
  disabled_at: Date | null;
  failing_since: Date | null;
  /** Custom headers sent on every delivery (checked by customHeadersProblem on save). */
  headers: Record<string, string>;
  /** false: a test-mode endpoint, which receives test-mode events only */
  livemode: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface DeliveryRow {
  id: string;
  business_id: string;
  endpoint_id: string;
  event_id: string | null;
  event_type: string;
  status: DeliveryStatus;
  attempt_count: number;
  next_attempt_at: Date;
  lease_until: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  origin: 'event' | 'replay' | 'test';
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

export interface AttemptRow {
  id: string;
  delivery_id: string;
  number: number;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  error_class: string | null;
  error_message: string | null;
  response_body: string | null;
}

const ENDPOINT_COLUMNS =
  'id, business_id, name, url, subscribed_events, payload, location_ids, enabled, disabled_reason, disabled_at, failing_since, headers, livemode, created_at, updated_at';
const DELIVERY_COLUMNS =
  'id, business_id, endpoint_id, event_id, event_type, status, attempt_count, next_attempt_at, lease_until, last_status_code, last_error, origin, created_at, updated_at, completed_at';

export interface NewEndpoint {
  businessId: string;
  name: string;
  url: string;
  subscribedEvents: string[];
  payload: PayloadMode;
  enabled: boolean;
  locationIds: string[] | null;
  createdByKeyId?: string | null;
  /** The integrator's own secret (checked by suppliedSecretProblem); generated when absent. */
  secret?: string | undefined;
  headers?: Record<string, string> | undefined;
  /** false: a test-mode endpoint; live when absent */
  livemode?: boolean | undefined;
}

/** Creates an endpoint and its first secret; the plain secret is returned here and never again. */
export async function createEndpoint(tx: Queryable, box: SecretBox, input: NewEndpoint): Promise<{ endpoint: EndpointRow; secret: string }> {
  const secret = input.secret ?? generateSecret();
  const { rows } = await tx.query<EndpointRow>(
    `INSERT INTO webhook_endpoints (id, business_id, name, url, subscribed_events, payload, enabled, location_ids, created_by_key_id, disabled_reason, disabled_at, headers, livemode)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $7 THEN NULL ELSE 'disabled on create' END, CASE WHEN $7 THEN NULL ELSE now() END, $10::jsonb, $11)
     RETURNING ${ENDPOINT_COLUMNS}`,
    [
      newId('whk'),
      input.businessId,
      input.name,
      input.url,
      input.subscribedEvents,
      input.payload,
      input.enabled,
      input.locationIds,
      input.createdByKeyId ?? null,
      JSON.stringify(input.headers ?? {}),
      input.livemode ?? true,
    ],
  );
  const endpoint = rows[0]!;
  await tx.query('INSERT INTO webhook_secrets (endpoint_id, sealed) VALUES ($1, $2)', [endpoint.id, box.seal(secret)]);
  return { endpoint, secret };
}

export async function getEndpoint(db: Queryable, businessId: string, id: string): Promise<EndpointRow | null> {
  const { rows } = await db.query<EndpointRow>(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1 AND business_id = $2`, [id, businessId]);
  return rows[0] ?? null;
}

export async function listEndpoints(
  db: Queryable,
  businessId: string,
  options: { after?: string | undefined; limit: number; livemode: boolean },
): Promise<EndpointRow[]> {
  const { rows } = await db.query<EndpointRow>(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE business_id = $1 AND livemode = $4 AND ($2::text IS NULL OR id < $2) ORDER BY id DESC LIMIT $3`,
    [businessId, options.after ?? null, options.limit, options.livemode],
  );
  return rows;
}

export interface EndpointPatch {
  name?: string | undefined;
  url?: string | undefined;
  subscribedEvents?: string[] | undefined;
  payload?: PayloadMode | undefined;
  enabled?: boolean | undefined;
  /** Replaces the whole set. */
  headers?: Record<string, string> | undefined;
}

export async function updateEndpoint(tx: Queryable, businessId: string, id: string, patch: EndpointPatch): Promise<EndpointRow | null> {
  const { rows } = await tx.query<EndpointRow>(
    `UPDATE webhook_endpoints SET
       name = COALESCE($3, name),
       url = COALESCE($4, url),
       subscribed_events = COALESCE($5, subscribed_events),
       payload = COALESCE($6, payload),
       enabled = COALESCE($7, enabled),
       disabled_reason = CASE WHEN $7 IS NULL THEN disabled_reason WHEN $7 THEN NULL WHEN enabled THEN 'disabled by a user' ELSE disabled_reason END,
       disabled_at = CASE WHEN $7 IS NULL THEN disabled_at WHEN $7 THEN NULL WHEN enabled THEN now() ELSE disabled_at END,
       failing_since = CASE WHEN $7 THEN NULL ELSE failing_since END,
       auto_disabled_at = CASE WHEN $7 THEN NULL ELSE auto_disabled_at END,
       owner_notified_at = CASE WHEN $7 THEN NULL ELSE owner_notified_at END,
       headers = COALESCE($8::jsonb, headers),
       updated_at = now()
     WHERE id = $1 AND business_id = $2
     RETURNING ${ENDPOINT_COLUMNS}`,
    [
      id,
      businessId,
      patch.name ?? null,
      patch.url ?? null,
      patch.subscribedEvents ?? null,
      patch.payload ?? null,
      patch.enabled ?? null,
      patch.headers ? JSON.stringify(patch.headers) : null,
    ],
  );
  const endpoint = rows[0] ?? null;
  if (endpoint && patch.enabled === false) await failPendingDeliveries(tx, id, 'endpoint disabled');
  return endpoint;
}

export async function deleteEndpoint(tx: Queryable, businessId: string, id: string): Promise<boolean> {
  const { rowCount } = await tx.query('DELETE FROM webhook_endpoints WHERE id = $1 AND business_id = $2', [id, businessId]);
  return rowCount > 0;
}

/** A disabled endpoint queues nothing: its waiting deliveries end as failed (replay recovers them). */
export async function failPendingDeliveries(tx: Queryable, endpointId: string, reason: string): Promise<void> {
  await tx.query(
    `UPDATE webhook_deliveries SET status = 'failed', last_error = $2, completed_at = now(), updated_at = now()
     WHERE endpoint_id = $1 AND status = 'pending' AND (lease_until IS NULL OR lease_until <= now())`,
    [endpointId, reason],
  );
}

/**
 * The service disables an endpoint by itself (410 Gone, failing for days) and tells the business's
 * other endpoints of its mode with `webhook_endpoint.disabled` — in the same transaction; the disabled
 * endpoint itself is no longer enabled, so it is not sent its own obituary. `auto_disabled_at` marks it
 * for the back office banner and the owner's mail (webhooks/disabled-endpoint-notice.ts).
 */
export async function disableEndpoint(tx: Queryable, endpointId: string, reason: string): Promise<void> {
  const { rows } = await tx.query<Pick<EndpointRow, 'id' | 'business_id' | 'name' | 'url' | 'disabled_at' | 'livemode'>>(
    `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2, disabled_at = now(), auto_disabled_at = now(), owner_notified_at = NULL, updated_at = now()
     WHERE id = $1 AND enabled
     RETURNING id, business_id, name, url, disabled_at, livemode`,
    [endpointId, reason],
  );
  await failPendingDeliveries(tx, endpointId, `endpoint disabled: ${reason}`);
  const row = rows[0];
  if (!row) return;
  const object = {
    id: row.id,
    object: 'webhook_endpoint',
    name: row.name,
    url: row.url,
    enabled: false,
    disabled_reason: reason,
    disabled_at: new Date(row.disabled_at!).toISOString(),
    livemode: row.livemode,
  };
  // A test endpoint's obituary is a test event, for the business's other test endpoints.
  await bindLiveMode(tx, row.livemode);
  await recordEvent(tx, { businessId: row.business_id, type: 'webhook_endpoint.disabled', locationId: null, data: { object } });
}

/** New secret for the endpoint; the previous ones keep signing until now + grace. Returns the new plain secret. */
export async function rotateSecret(tx: Queryable, box: SecretBox, endpointId: string, graceMs: number): Promise<{ secret: string; previousExpiresAt: Date }> {
  const expires = await tx.query<{ expires_at: Date }>(
    `UPDATE webhook_secrets SET expires_at = LEAST(COALESCE(expires_at, 'infinity'), now() + $2 * interval '1 millisecond')
     WHERE endpoint_id = $1 RETURNING expires_at`,
    [endpointId, graceMs],
  );
  const secret = generateSecret();
  await tx.query('INSERT INTO webhook_secrets (endpoint_id, sealed) VALUES ($1, $2)', [endpointId, box.seal(secret)]);
  await tx.query('DELETE FROM webhook_secrets WHERE endpoint_id = $1 AND expires_at <= now()', [endpointId]);
  const latest = Math.max(...expires.rows.map((r) => new Date(r.expires_at).getTime()), Date.now());
  return { secret, previousExpiresAt: new Date(latest) };
}

/** Opens an endpoint's sealed secrets (newest first); throws when none can be read. */
export function openSecrets(box: SecretBox, sealed: readonly string[], endpointId: string): string[] {
  // A secret sealed under a previous POS_SECRET_KEY cannot be opened; it is skipped so a rotation recovers.
  const secrets = sealed.flatMap((one) => {
    try {
      return [box.open(one)];
    } catch {
      return [];
    }
  });
  if (secrets.length === 0) throw new Error(`no readable signing secret for ${endpointId}: POS_SECRET_KEY changed? rotate the secret`);
  return secrets;
}

/**
 * The exact JSON body a delivery sends: the event envelope, with thin data for thin endpoints — whose
 * `url` is absolute, under the service's public base URL (no trailing slash).
 */
export function deliveryBody(envelope: EventEnvelope, payload: PayloadMode, publicUrl: string): string {
  if (payload === 'full') return JSON.stringify(envelope);
  const thin = thinData(envelope.type, envelope.data);
  return JSON.stringify({ ...envelope, data: { ...thin, url: thin.url === null ? null : `${publicUrl}${thin.url}` } });
}

/** A sample envelope of `type` for test sends (never written to the events feed). */
export function sampleEnvelope(type: EventType, endpoint: EndpointRow): EventEnvelope {
  const sample = EVENT_CATALOG[type].sample;
  const now = new Date().toISOString();
  const data = type === 'webhook.test' ? { object: { ...sample.data.object, id: endpoint.id } } : sample.data;
  return {
    id: newId('evt'),
    type,
    created_at: now,
    occurred_at: now,
    cursor: '0-0',
    api_version: API_VERSION,
    location_id: sample.location_id,
    device_id: sample.device_id,
    livemode: endpoint.livemode,
    data,
  };
}

export async function insertTestDelivery(tx: Queryable, endpoint: EndpointRow, envelope: EventEnvelope): Promise<string> {
  const id = newId('dlv');
  await tx.query(
    `INSERT INTO webhook_deliveries (id, business_id, endpoint_id, event_id, event_type, test_envelope, origin, next_attempt_at)
     VALUES ($1, $2, $3, NULL, $4, $5, 'test', 'infinity')`,
    [id, endpoint.business_id, endpoint.id, envelope.type, envelope],
  );
  return id;
}

export interface ReplayFilter {
  since: Date;
  until?: Date | undefined;
  eventTypes?: string[] | undefined;
}

/** Queues a new delivery for every retained event the endpoint may see that matches the filter. Returns how many. */
export async function queueReplay(tx: Queryable, endpoint: EndpointRow, filter: ReplayFilter, max: number): Promise<number> {
  const types = filter.eventTypes ?? null;
  const { rows } = await tx.query<{ id: string; type: string }>(
    `SELECT id, type FROM events
     WHERE business_id = $1 AND created_at >= $2 AND ($3::timestamptz IS NULL OR created_at < $3)
       AND ($4::text[] IS NULL OR type = ANY ($4))
       AND ${subscribedSql('type', '$5')}
       AND ($6::text[] IS NULL OR location_id IS NULL OR location_id = ANY ($6))
       AND livemode = $8
     ORDER BY xact_id, seq
     LIMIT $7`,
    [endpoint.business_id, filter.since, filter.until ?? null, types, endpoint.subscribed_events, endpoint.location_ids, max + 1, endpoint.livemode],
  );
  if (rows.length > max) return -1;
  if (rows.length === 0) return 0;
  await tx.query(
    `INSERT INTO webhook_deliveries (id, business_id, endpoint_id, event_id, event_type, origin)
     SELECT d.id, $2, $3, d.event_id, d.event_type, 'replay' FROM unnest($1::text[], $4::text[], $5::text[]) AS d(id, event_id, event_type)`,
    [rows.map(() => newId('dlv')), endpoint.business_id, endpoint.id, rows.map((r) => r.id), rows.map((r) => r.type)],
  );
  return rows.length;
}

export async function getDelivery(db: Queryable, endpointId: string, id: string): Promise<DeliveryRow | null> {
  const { rows } = await db.query<DeliveryRow>(`SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries WHERE id = $1 AND endpoint_id = $2`, [id, endpointId]);
  return rows[0] ?? null;
}

export async function listDeliveries(
  db: Queryable,
  endpointId: string,
  options: { status?: DeliveryStatus | undefined; after?: string | undefined; limit: number },
): Promise<DeliveryRow[]> {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries
     WHERE endpoint_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR id < $3)
     ORDER BY id DESC LIMIT $4`,
    [endpointId, options.status ?? null, options.after ?? null, options.limit],
  );
  return rows;
}

export async function listAttempts(db: Queryable, deliveryIds: readonly string[]): Promise<AttemptRow[]> {
  if (deliveryIds.length === 0) return [];
  const { rows } = await db.query<AttemptRow>(
    `SELECT id, delivery_id, number, started_at, duration_ms, status_code, error_class, error_message, response_body
     FROM webhook_attempts WHERE delivery_id = ANY ($1) ORDER BY delivery_id, number, started_at`,
    [deliveryIds],
  );
  return rows;
}
