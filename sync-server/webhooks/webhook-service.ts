// Webhook endpoint management as the API and the back office use it: validation, location scoping,
// the SSRF check on save, test sends, manual retries and bulk replay. Returns API v1 shapes.
import type { EventType } from '../../core/events/catalog';
import type { WebhookAttempt, WebhookCreate, WebhookDelivery, WebhookEndpoint, WebhookReplay, WebhookUpdate } from '../../core/events/webhook-api';
import type { ServerConfig } from '../config';
import { ApiError, notFound } from '../http/api-error';
import type { Database, Queryable } from '../storage/database';
import { checkResolvedHost, checkWebhookUrl, explainRefusal } from './address-guard';
import { customHeadersProblem } from './custom-headers';
import type { SecretBox } from './secret-box';
import { leaseForManualAttempt, performAttempt, type DeliveryPolicy } from './webhook-dispatcher';
import type { WebhookSender } from './webhook-sender';
import * as store from './webhook-store';
import { suppliedSecretProblem } from './webhook-signing';

/** Who acts: the business, the locations they may see (null = all) and the mode whose endpoints they manage. */
export interface WebhookActor {
  businessId: string;
  locationIds: readonly string[] | null;
  keyId?: string | null;
  /** false: a pos_test_ key or the back office's test view, which see and create test endpoints only */
  livemode: boolean;
}

export const REPLAY_MAX_EVENTS = 10_000;

export function policyFromConfig(config: ServerConfig): DeliveryPolicy {
  return {
    retrySchedule: config.webhookRetrySchedule,
    retryAfterCapMs: config.retryAfterCapMs,
    disableAfterMs: config.webhookDisableAfterMs,
    concurrencyPerEndpoint: config.webhookConcurrencyPerEndpoint,
    leaseMs: config.webhookTimeoutMs + 30_000,
    attemptTimeoutMs: config.webhookTimeoutMs,
  };
}

function checkHeaders(headers: Record<string, string> | undefined): void {
  const problem = headers === undefined ? null : customHeadersProblem(headers);
  if (problem) throw new ApiError('invalid_request', problem.code, problem.message, { param: problem.param });
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

export function endpointView(row: store.EndpointRow): WebhookEndpoint {
  return {
    object: 'webhook_endpoint',
    id: row.id,
    name: row.name,
    url: row.url,
    subscribed_events: row.subscribed_events,
    payload: row.payload,
    enabled: row.enabled,
    disabled_reason: row.disabled_reason,
    disabled_at: iso(row.disabled_at),
    locations: row.location_ids ?? 'all',
    headers: row.headers,
    livemode: row.livemode,
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
  };
}

function attemptView(row: store.AttemptRow): WebhookAttempt {
  return {
    id: row.id,
    number: row.number,
    started_at: iso(row.started_at)!,
    duration_ms: row.duration_ms,
    status_code: row.status_code,
    error_class: row.error_class,
    error_message: row.error_message,
    response_body: row.response_body,
  };
}

function deliveryView(row: store.DeliveryRow, attempts: store.AttemptRow[], testEventId?: string): WebhookDelivery {
  return {
    object: 'webhook_delivery',
    id: row.id,
    endpoint_id: row.endpoint_id,
    event_id: row.event_id ?? testEventId ?? '',
    event_type: row.event_type,
    status: row.status,
    origin: row.origin,
    attempt_count: row.attempt_count,
    next_attempt_at: row.status === 'pending' && row.origin !== 'test' ? iso(row.next_attempt_at) : null,
    last_status_code: row.last_status_code,
    last_error: row.last_error,
    created_at: iso(row.created_at)!,
    completed_at: iso(row.completed_at),
    attempts: attempts.filter((a) => a.delivery_id === row.id).map(attemptView),
  };
}

export class WebhookService {
  constructor(
    private readonly deps: {
      db: Database;
      config: ServerConfig;
      box: () => Promise<SecretBox>;
      sender: WebhookSender;
      policy: DeliveryPolicy;
      publicUrl: () => string;
    },
  ) {}

  /** The endpoint if this actor may manage it: same business and mode, and no location the actor may not see. */
  private async endpointFor(actor: WebhookActor, id: string, q: Queryable = this.deps.db): Promise<store.EndpointRow> {
    const row = await store.getEndpoint(q, actor.businessId, id);
    const visible =
      row &&
      row.livemode === actor.livemode &&
      (actor.locationIds === null || (row.location_ids !== null && row.location_ids.every((l) => actor.locationIds!.includes(l))));
    if (!row || !visible) throw notFound('webhook endpoint', id, 'id');
    return row;
  }

  private async checkUrl(url: string): Promise<void> {
    const allowPrivate = this.deps.config.webhookAllowPrivate;
    const reason = checkWebhookUrl(url, allowPrivate) ?? (allowPrivate ? null : await checkResolvedHost(new URL(url).hostname));
    if (reason) throw new ApiError('invalid_request', 'url_not_allowed', `${explainRefusal(url, reason)}.`, { param: 'url' });
  }

  async create(actor: WebhookActor, input: WebhookCreate, inTransaction?: (tx: Queryable) => Promise<void>): Promise<WebhookEndpoint & { secret: string }> {
    const weak = input.secret === undefined ? null : suppliedSecretProblem(input.secret);
    if (weak) throw new ApiError('invalid_request', weak.code, weak.message, { param: 'secret' });
    checkHeaders(input.headers);
    await this.checkUrl(input.url);
    const box = await this.deps.box();
    const { endpoint, secret } = await this.deps.db.transaction(async (tx) => {
      const created = await store.createEndpoint(tx, box, {
        businessId: actor.businessId,
        name: input.name,
        url: input.url,
        subscribedEvents: input.subscribed_events,
        payload: input.payload ?? 'full',
        enabled: input.enabled ?? true,
        locationIds: actor.locationIds === null ? null : [...actor.locationIds],
        createdByKeyId: actor.keyId ?? null,
        secret: input.secret,
        headers: input.headers,
        livemode: actor.livemode,
      });
      await inTransaction?.(tx);
      return created;
    });
    return { ...endpointView(endpoint), secret };
  }

  async list(actor: WebhookActor, options: { after?: string | undefined; limit: number }): Promise<{ rows: WebhookEndpoint[]; hasMore: boolean }> {
    // Fetch a little more than asked so endpoints the actor may not see do not cut a page short.
    const rows: store.EndpointRow[] = [];
    let after = options.after;
    let hasMore = false;
    for (;;) {
      const batch = await store.listEndpoints(this.deps.db, actor.businessId, { after, limit: options.limit + 1, livemode: actor.livemode });
      for (const row of batch) {
        if (actor.locationIds === null || (row.location_ids !== null && row.location_ids.every((l) => actor.locationIds!.includes(l)))) rows.push(row);
      }
      if (rows.length > options.limit) {
        hasMore = true;
        break;
      }
      if (batch.length <= options.limit) break;
      after = batch.at(-1)!.id;
    }
    return { rows: rows.slice(0, options.limit).map(endpointView), hasMore };
  }

  async get(actor: WebhookActor, id: string): Promise<WebhookEndpoint> {
    return endpointView(await this.endpointFor(actor, id));
  }

  async update(actor: WebhookActor, id: string, patch: WebhookUpdate, inTransaction?: (tx: Queryable) => Promise<void>): Promise<WebhookEndpoint> {
    await this.endpointFor(actor, id);
    checkHeaders(patch.headers);
    if (patch.url !== undefined) await this.checkUrl(patch.url);
    const row = await this.deps.db.transaction(async (tx) => {
      const updated = await store.updateEndpoint(tx, actor.businessId, id, {
        name: patch.name,
        url: patch.url,
        subscribedEvents: patch.subscribed_events,
        payload: patch.payload,
        enabled: patch.enabled,
        headers: patch.headers,
      });
      await inTransaction?.(tx);
      return updated;
    });
    if (!row) throw notFound('webhook endpoint', id, 'id');
    return endpointView(row);
  }

  async remove(actor: WebhookActor, id: string, inTransaction?: (tx: Queryable) => Promise<void>): Promise<{ id: string; object: string; deleted: true }> {
    await this.endpointFor(actor, id);
    await this.deps.db.transaction(async (tx) => {
      await store.deleteEndpoint(tx, actor.businessId, id);
      await inTransaction?.(tx);
    });
    return { id, object: 'webhook_endpoint', deleted: true };
  }

  async rotateSecret(
    actor: WebhookActor,
    id: string,
    inTransaction?: (tx: Queryable) => Promise<void>,
  ): Promise<WebhookEndpoint & { secret: string; previous_secret_expires_at: string }> {
    const box = await this.deps.box();
    const endpoint = await this.endpointFor(actor, id);
    const { secret, previousExpiresAt } = await this.deps.db.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM webhook_endpoints WHERE id = $1 FOR UPDATE', [id]);
      const rotated = await store.rotateSecret(tx, box, id, this.deps.config.secretRotationGraceMs);
      await inTransaction?.(tx);
      return rotated;
    });
    return { ...endpointView(endpoint), secret, previous_secret_expires_at: previousExpiresAt.toISOString() };
  }

  /** Sends a signed sample now (outside the queue and the per-endpoint cap) and returns the delivery with its one attempt. */
  async test(actor: WebhookActor, id: string, eventType: EventType = 'webhook.test'): Promise<WebhookDelivery> {
    const endpoint = await this.endpointFor(actor, id);
    const envelope = store.sampleEnvelope(eventType, endpoint);
    const deliveryId = await store.insertTestDelivery(this.deps.db, endpoint, envelope);
    const token = await leaseForManualAttempt(this.deps.db, deliveryId, this.deps.policy);
    await performAttempt({ ...this.deps, box: await this.deps.box() }, deliveryId, token!, 'test');
    return this.delivery(actor, id, deliveryId);
  }

  async deliveries(
    actor: WebhookActor,
    id: string,
    options: { status?: store.DeliveryStatus | undefined; after?: string | undefined; limit: number },
  ): Promise<{ rows: WebhookDelivery[]; hasMore: boolean }> {
    await this.endpointFor(actor, id);
    const rows = await store.listDeliveries(this.deps.db, id, { ...options, limit: options.limit + 1 });
    const page = rows.slice(0, options.limit);
    const attempts = await store.listAttempts(
      this.deps.db,
      page.map((r) => r.id),
    );
    const testIds = await this.testEventIds(page);
    return { rows: page.map((r) => deliveryView(r, attempts, testIds.get(r.id))), hasMore: rows.length > options.limit };
  }

  async delivery(actor: WebhookActor, id: string, deliveryId: string): Promise<WebhookDelivery> {
    await this.endpointFor(actor, id);
    const row = await store.getDelivery(this.deps.db, id, deliveryId);
    if (!row) throw notFound('delivery', deliveryId, 'deliveryId');
    const attempts = await store.listAttempts(this.deps.db, [row.id]);
    const testIds = await this.testEventIds([row]);
    return deliveryView(row, attempts, testIds.get(row.id));
  }

  private async testEventIds(rows: store.DeliveryRow[]): Promise<Map<string, string>> {
    const ids = rows.filter((r) => r.event_id === null).map((r) => r.id);
    if (ids.length === 0) return new Map();
    const { rows: found } = await this.deps.db.query<{ id: string; event_id: string }>(
      `SELECT id, test_envelope->>'id' AS event_id FROM webhook_deliveries WHERE id = ANY ($1)`,
      [ids],
    );
    return new Map(found.map((r) => [r.id, r.event_id]));
  }

  /** Sends one delivery again now, with the same event id, and returns it with the new attempt. */
  async retry(actor: WebhookActor, id: string, deliveryId: string): Promise<WebhookDelivery> {
    const endpoint = await this.endpointFor(actor, id);
    if (!endpoint.enabled)
      throw new ApiError('conflict', 'endpoint_disabled', 'The endpoint is disabled; enable it (PATCH enabled:true) before retrying.', { param: 'id' });
    const row = await store.getDelivery(this.deps.db, id, deliveryId);
    if (!row) throw notFound('delivery', deliveryId, 'deliveryId');
    const token = await leaseForManualAttempt(this.deps.db, deliveryId, this.deps.policy);
    if (!token) throw new ApiError('conflict', 'delivery_in_progress', 'An attempt of this delivery is in progress; look at it again in a few seconds.');
    await performAttempt({ ...this.deps, box: await this.deps.box() }, deliveryId, token, 'manual');
    return this.delivery(actor, id, deliveryId);
  }

  /** Queues every matching retained event again for this endpoint (new deliveries, same event ids). */
  async replay(
    actor: WebhookActor,
    id: string,
    input: WebhookReplay,
    inTransaction?: (tx: Queryable) => Promise<void>,
  ): Promise<{ object: 'webhook_replay'; endpoint_id: string; queued: number }> {
    const endpoint = await this.endpointFor(actor, id);
    if (!endpoint.enabled)
      throw new ApiError('conflict', 'endpoint_disabled', 'The endpoint is disabled; enable it (PATCH enabled:true) before replaying.', { param: 'id' });
    const since = new Date(input.since);
    const until = input.until ? new Date(input.until) : undefined;
    if (until && until <= since) throw new ApiError('invalid_request', 'parameter_invalid', 'until must be after since.', { param: 'until' });
    const queued = await this.deps.db.transaction(async (tx) => {
      const n = await store.queueReplay(tx, endpoint, { since, until, eventTypes: input.event_types }, REPLAY_MAX_EVENTS);
      if (n < 0) {
        throw new ApiError('invalid_request', 'replay_too_large', `More than ${REPLAY_MAX_EVENTS} events match; replay a shorter window at a time.`, {
          status: 422,
          param: 'since',
        });
      }
      await inTransaction?.(tx);
      return n;
    });
    if (queued > 0) await this.deps.db.notify('pos_events', actor.businessId);
    return { object: 'webhook_replay', endpoint_id: id, queued };
  }
}
