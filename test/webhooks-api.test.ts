// The webhook endpoints API end to end through the app (API keys, idempotency, real receivers and the
// app's own dispatcher): secret shown once, validation and SSRF refusals, test sends, the delivery
// log, manual retry, bulk replay, rotation and the events feed route.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Value } from 'typebox/value';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CATALOG } from '../core/events/catalog';
import { buildApp } from '../sync-server/app';
import { createApiKey, type ApiScope } from '../sync-server/auth/api-keys';
import { loadConfig } from '../sync-server/config';
import { recordEvent } from '../sync-server/events/outbox';
import { openTestDatabase, type TestDatabase } from '../sync-server/storage/test-database';
// @ts-expect-error -- plain .mjs fixture (the guide's snippet) has no type declarations
import { verifyAnywhereSignature } from './fixtures/verify-anywhere.mjs';
import { eventually, startReceiver, type Receiver } from '../sync-server/webhooks/webhooks-test-support';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

const verify = verifyAnywhereSignature as (rawBody: string, header: string, secret: string) => boolean;
const ALL_SCOPES: ApiScope[] = ['webhooks:read', 'webhooks:write', 'events:read'];

describe('webhooks API', () => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let strictApp: FastifyInstance;
  let biz: TestBusiness;
  let key: string;
  let receivers: Receiver[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
    biz = await seedTestBusiness(handle.db);
    const config = loadConfig({}, { webhookAllowPrivate: true, webhookRetrySchedule: [60_000], webhookTimeoutMs: 2_000 });
    app = await buildApp({ db: handle.db, config, workers: true });
    await app.ready();
    strictApp = await buildApp({ db: handle.db, config: loadConfig({}, { webhookAllowPrivate: false }), workers: false });
    ({ key } = await createApiKey(handle.db, { businessId: biz.businessId, name: 'addon', scopes: ALL_SCOPES, locationIds: 'all' }));
  });
  afterEach(async () => {
    for (const r of receivers) await r.close();
    receivers = [];
  });
  afterAll(async () => {
    await app.close();
    await strictApp.close();
    await handle.close();
  });

  async function receiver(reply?: Receiver['reply']) {
    const r = await startReceiver(reply);
    receivers.push(r);
    return r;
  }
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, options: { as?: string; on?: FastifyInstance } = {}) =>
    (options.on ?? app).inject({
      method,
      url,
      headers: { authorization: `Bearer ${options.as ?? key}`, ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }) },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const create = async (url: string, extra: Record<string, unknown> = {}) => {
    const res = await call('POST', '/api/v1/webhooks', {
      name: 'stock-control',
      url,
      subscribed_events: ['order.paid', 'order.refunded', 'product.updated'],
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; secret: string; [k: string]: unknown };
  };
  const emit = (type: string, locationId: string | null = biz.locationIds[0]) =>
    handle.db.transaction((tx) => recordEvent(tx, { businessId: biz.businessId, type, locationId, data: { object: { id: 'ord_A', total: 500 } } }));

  it("creates an endpoint as the integrator guide's request shows; the secret is returned once and never again", async () => {
    const r = await receiver();
    const created = await create(r.url);
    expect(created).toMatchObject({ object: 'webhook_endpoint', name: 'stock-control', url: r.url, payload: 'full', enabled: true, locations: 'all' });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    for (const res of [
      await call('GET', `/api/v1/webhooks/${created.id}`),
      await call('GET', '/api/v1/webhooks'),
      await call('PATCH', `/api/v1/webhooks/${created.id}`, { name: 'renamed' }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(created.secret);
      expect(res.body).not.toContain('"secret"');
    }
    const stored = await handle.db.query<{ sealed: string }>('SELECT sealed FROM webhook_secrets WHERE endpoint_id = $1', [created.id]);
    expect(stored.rows[0]!.sealed).not.toContain(created.secret.slice(6, 20));
  });

  it('refuses bad input with a 4xx and the offending param', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x', url: 'https://a.example.com', subscribed_events: ['order.exploded'] }, 'subscribed_events'],
      [{ name: 'x', url: 'https://a.example.com', subscribed_events: [] }, 'subscribed_events'],
      [{ name: 'x', url: 'https://a.example.com', subscribed_events: ['order.paid'], secret: 'mine' }, 'secret'],
      [{ name: 'x', url: 'https://a.example.com', subscribed_events: ['order.paid'], payload: 'fat' }, 'payload'],
      [{ url: 'https://a.example.com', subscribed_events: ['order.paid'] }, 'name'],
      [{ name: 'x', url: 'not a url', subscribed_events: ['order.paid'] }, 'url'],
    ];
    for (const [body, param] of cases) {
      const res = await call('POST', '/api/v1/webhooks', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.param).toContain(param);
    }
    const noKey = await app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: { authorization: `Bearer ${key}` },
      payload: { name: 'x', url: 'https://a.example.com', subscribed_events: ['order.paid'] },
    });
    expect(noKey.json().error.code).toBe('idempotency_key_required');
    const { key: readOnly } = await createApiKey(handle.db, { businessId: biz.businessId, name: 'ro', scopes: ['webhooks:read'], locationIds: 'all' });
    expect(
      (await call('POST', '/api/v1/webhooks', { name: 'x', url: 'https://a.example.com', subscribed_events: ['order.paid'] }, { as: readOnly })).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/webhooks' })).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/webhooks/whk_nope')).statusCode).toBe(404);
    expect((await call('PATCH', '/api/v1/webhooks/whk_nope', {})).statusCode).toBe(400);
  });

  it('replays a create with the same Idempotency-Key byte for byte, while the stored copy of the secret is sealed', async () => {
    const r = await receiver();
    const headers = { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() };
    const payload = { name: 'replayed', url: r.url, subscribed_events: ['order.paid'] };
    const first = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers, payload });
    expect(first.statusCode).toBe(201);
    const secret = (first.json() as { secret: string }).secret;
    const again = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers, payload });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toBe(first.body);
    const stored = await handle.db.query<{ response_body: string }>('SELECT response_body FROM idempotency_keys WHERE key = $1', [headers['idempotency-key']]);
    expect(stored.rows[0]!.response_body).not.toContain(secret.slice(6, 20));
    expect(stored.rows[0]!.response_body).not.toContain('replayed');
  });

  it('refuses http and non-public addresses at create unless POS_WEBHOOK_ALLOW_PRIVATE=1', async () => {
    const refused = [
      'http://hooks.example.com/x',
      'https://127.0.0.1/x',
      'https://10.1.2.3/x',
      'https://172.16.0.5/x',
      'https://192.168.1.1/x',
      'https://100.64.0.1/x',
      'https://169.254.169.254/latest/meta-data',
      'https://0.0.0.0/x',
      'https://[::1]/x',
      'https://[fd00:ec2::254]/x',
      'https://[fe80::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://[::ffff:a9fe:a9fe]/x',
      'https://localhost/x',
      'https://printer.local/x',
      'https://metadata.google.internal/x',
      'https://intranet/x',
      'https://user:pw@hooks.example.com/x',
    ];
    for (const url of refused) {
      const res = await call('POST', '/api/v1/webhooks', { name: 'x', url, subscribed_events: ['order.paid'] }, { on: strictApp });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error, url).toMatchObject({ code: 'url_not_allowed', param: 'url' });
    }
    // Refusals the development setting would lift name it; the others (credentials) do not.
    const loopback = await call(
      'POST',
      '/api/v1/webhooks',
      { name: 'x', url: 'http://127.0.0.1:4000/hook', subscribed_events: ['order.paid'] },
      { on: strictApp },
    );
    expect(loopback.json().error.message).toMatch(/^url must use https; .*POS_WEBHOOK_ALLOW_PRIVATE=1/);
    const literal = await call('POST', '/api/v1/webhooks', { name: 'x', url: 'https://10.1.2.3/x', subscribed_events: ['order.paid'] }, { on: strictApp });
    expect(literal.json().error.message).toMatch(/non-public address \(10\.1\.2\.3\); .*POS_WEBHOOK_ALLOW_PRIVATE=1/);
    const credentials = await call(
      'POST',
      '/api/v1/webhooks',
      { name: 'x', url: 'https://user:pw@hooks.example.com/x', subscribed_events: ['order.paid'] },
      { on: strictApp },
    );
    expect(credentials.json().error.message).not.toContain('POS_WEBHOOK_ALLOW_PRIVATE');
    const patch = await call('PATCH', `/api/v1/webhooks/${(await create('https://hooks.example.com/x')).id}`, { url: 'https://10.0.0.1/' }, { on: strictApp });
    expect(patch.statusCode).toBe(400);
    // A public https URL is accepted (its name does not resolve here; delivery re-checks the address).
    expect(
      (await call('POST', '/api/v1/webhooks', { name: 'x', url: 'https://hooks.example.com/x', subscribed_events: ['order.paid'] }, { on: strictApp }))
        .statusCode,
    ).toBe(201);
  });

  it('sends a signed webhook.test, or a sample of any type, now and returns the attempt', async () => {
    const r = await receiver((_q, i) => (i === 0 ? { status: 200, body: 'thanks' } : { status: 200 }));
    const ep = await create(r.url);
    const res = await call('POST', `/api/v1/webhooks/${ep.id}/test`);
    expect(res.statusCode).toBe(200);
    const delivery = res.json();
    expect(delivery).toMatchObject({ object: 'webhook_delivery', status: 'succeeded', origin: 'test', event_type: 'webhook.test', attempt_count: 1 });
    expect(delivery.attempts).toEqual([expect.objectContaining({ number: 1, status_code: 200, response_body: 'thanks', error_class: null })]);
    const [request] = r.requests;
    expect(request!.headers['x-pos-event-type']).toBe('webhook.test');
    expect(request!.headers['x-pos-event-id']).toBe(delivery.event_id);
    expect(verify(request!.rawBody.toString('utf8'), request!.headers['x-pos-signature'] as string, ep.secret)).toBe(true);

    const sample = await call('POST', `/api/v1/webhooks/${ep.id}/test`, { event_type: 'order.refunded' });
    expect(sample.json().status).toBe('succeeded');
    const body = JSON.parse(r.requests[1]!.rawBody.toString('utf8'));
    expect(body.type).toBe('order.refunded');
    expect(Value.Check(EVENT_CATALOG['order.refunded'].data, body.data)).toBe(true);
    expect((await call('POST', `/api/v1/webhooks/${ep.id}/test`, { event_type: 'nope' })).statusCode).toBe(400);
  });

  it('reports a failing test send with its error class instead of throwing', async () => {
    const r = await receiver(() => ({ status: 500, body: 'boom' }));
    const ep = await create(r.url);
    const res = await call('POST', `/api/v1/webhooks/${ep.id}/test`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'failed',
      last_status_code: 500,
      attempts: [expect.objectContaining({ error_class: 'http_status', response_body: 'boom' })],
    });
  });

  it('lists deliveries with every attempt, retries one now with the same event id, and filters by status', async () => {
    let healthy = false;
    const r = await receiver(() => (healthy ? { status: 200 } : { status: 503, body: 'down' }));
    const ep = await create(r.url);
    const event = await emit('order.paid');
    await r.waitFor(1);
    const pending = await eventually(async () => {
      const list = (await call('GET', `/api/v1/webhooks/${ep.id}/deliveries?status=pending`)).json();
      return list.data[0]?.attempt_count === 1 ? list : null;
    });
    const d = pending.data[0];
    expect(d).toMatchObject({ event_id: event.id, event_type: 'order.paid', origin: 'event', last_status_code: 503, next_attempt_at: expect.any(String) });
    expect(d.attempts[0]).toMatchObject({ number: 1, status_code: 503, error_class: 'http_status', response_body: 'down', duration_ms: expect.any(Number) });

    healthy = true;
    const retried = await call('POST', `/api/v1/webhooks/${ep.id}/deliveries/${d.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ id: d.id, status: 'succeeded', attempt_count: 2 });
    expect(r.requests.map((q) => q.headers['x-pos-event-id'])).toEqual([event.id, event.id]);
    const detail = (await call('GET', `/api/v1/webhooks/${ep.id}/deliveries/${d.id}`)).json();
    expect(detail.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([503, 200]);
    expect((await call('GET', `/api/v1/webhooks/${ep.id}/deliveries?status=pending`)).json().data).toEqual([]);
    expect((await call('GET', `/api/v1/webhooks/${ep.id}/deliveries?status=succeeded`)).json().data).toHaveLength(1);
    expect((await call('GET', `/api/v1/webhooks/${ep.id}/deliveries/dlv_nope`)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/webhooks/${ep.id}/deliveries?status=lost`)).statusCode).toBe(400);
  });

  it("also answers the guide's spelling POST /webhooks/{id}/deliveries/{deliveryId}/retry", async () => {
    let healthy = false;
    const r = await receiver(() => (healthy ? { status: 200 } : { status: 500 }));
    const ep = await create(r.url);
    const event = await emit('order.paid');
    const d = await eventually(async () => {
      const [row] = (await call('GET', `/api/v1/webhooks/${ep.id}/deliveries`)).json().data;
      return row?.attempt_count === 1 ? row : null;
    });
    healthy = true;
    const res = await app.inject({
      method: 'POST',
      url: `/webhooks/${ep.id}/deliveries/${d.id}/retry`,
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: d.id, status: 'succeeded', event_id: event.id });
    expect(res.headers['x-ratelimit-limit']).toBeDefined();
    expect(r.requests.map((q) => q.headers['x-pos-event-id'])).toEqual([event.id, event.id]);
    expect((await app.inject({ method: 'POST', url: `/webhooks/${ep.id}/deliveries/${d.id}/retry` })).statusCode).toBe(401);
  });

  it('replays every matching event of a window to the endpoint, with the original event ids', async () => {
    const r = await receiver();
    const ep = await create(r.url);
    const since = new Date().toISOString();
    const paid1 = await emit('order.paid');
    const refunded = await emit('order.refunded');
    await emit('order.created'); // not subscribed
    const paid2 = await emit('order.paid');
    await r.waitFor(3);
    const res = await call('POST', `/api/v1/webhooks/${ep.id}/replay`, { since, event_types: ['order.paid'] });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ object: 'webhook_replay', endpoint_id: ep.id, queued: 2 });
    await r.waitFor(5);
    expect(
      r.requests
        .slice(3)
        .map((q) => q.headers['x-pos-event-id'])
        .sort(),
    ).toEqual([paid1.id, paid2.id].sort());
    const all = await call('POST', `/api/v1/webhooks/${ep.id}/replay`, { since });
    expect(all.json().queued).toBe(3);
    await r.waitFor(8);
    expect(
      r.requests
        .slice(5)
        .map((q) => q.headers['x-pos-event-id'])
        .sort(),
    ).toEqual([paid1.id, refunded.id, paid2.id].sort());
    const future = await call('POST', `/api/v1/webhooks/${ep.id}/replay`, { since, until: new Date(Date.parse(since) - 1000).toISOString() });
    expect(future.statusCode).toBe(400);
  });

  it('rotates the secret: the new one is returned once and both sign until the grace ends', async () => {
    const r = await receiver();
    const ep = await create(r.url);
    const res = await call('POST', `/api/v1/webhooks/${ep.id}/rotate-secret`);
    expect(res.statusCode).toBe(200);
    const rotated = res.json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(ep.secret);
    expect(Date.parse(rotated.previous_secret_expires_at) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    await call('POST', `/api/v1/webhooks/${ep.id}/test`);
    const header = r.requests[0]!.headers['x-pos-signature'] as string;
    expect(header.split(',v1=')).toHaveLength(3);
    expect(verify(r.requests[0]!.rawBody.toString('utf8'), header, rotated.secret)).toBe(true);
  });

  it('a disabled endpoint gets nothing queued, refuses retry and replay until re-enabled', async () => {
    const r = await receiver();
    const ep = await create(r.url);
    await emit('order.paid');
    await r.waitFor(1);
    const [first] = (await call('GET', `/api/v1/webhooks/${ep.id}/deliveries`)).json().data;
    const off = await call('PATCH', `/api/v1/webhooks/${ep.id}`, { enabled: false });
    expect(off.json()).toMatchObject({ enabled: false, disabled_reason: 'disabled by a user' });
    await emit('order.paid');
    expect((await call('GET', `/api/v1/webhooks/${ep.id}/deliveries`)).json().data).toHaveLength(1);
    expect((await call('POST', `/api/v1/webhooks/${ep.id}/deliveries/${first.id}/retry`)).json().error.code).toBe('endpoint_disabled');
    expect((await call('POST', `/api/v1/webhooks/${ep.id}/replay`, { since: new Date(0).toISOString() })).statusCode).toBe(409);
    const on = await call('PATCH', `/api/v1/webhooks/${ep.id}`, { enabled: true });
    expect(on.json()).toMatchObject({ enabled: true, disabled_reason: null });
    expect((await call('DELETE', `/api/v1/webhooks/${ep.id}`)).json()).toEqual({ id: ep.id, object: 'webhook_endpoint', deleted: true });
    expect((await call('GET', `/api/v1/webhooks/${ep.id}`)).statusCode).toBe(404);
  });

  it('scopes endpoints to the locations of the key that manages them', async () => {
    const { key: shop2Key } = await createApiKey(handle.db, {
      businessId: biz.businessId,
      name: 'shop2',
      scopes: ALL_SCOPES,
      locationIds: [biz.locationIds[1]],
    });
    const r = await receiver();
    const res = await call('POST', '/api/v1/webhooks', { name: 'shop2', url: r.url, subscribed_events: ['order.paid'] }, { as: shop2Key });
    const ep = res.json();
    expect(ep.locations).toEqual([biz.locationIds[1]]);
    const allEndpoint = await create(r.url);
    expect((await call('GET', `/api/v1/webhooks/${allEndpoint.id}`, undefined, { as: shop2Key })).statusCode).toBe(404);
    const ids = (await call('GET', '/api/v1/webhooks?limit=100', undefined, { as: shop2Key })).json().data.map((e: { id: string }) => e.id);
    expect(ids).toEqual([ep.id]);
    await emit('order.paid', biz.locationIds[0]);
    const shop2Event = await emit('order.paid', biz.locationIds[1]);
    await eventually(async () => r.requests.filter((q) => q.headers['x-pos-event-id'] === shop2Event.id).length === 2);
    const got = (await call('GET', `/api/v1/webhooks/${ep.id}/deliveries`, undefined, { as: shop2Key })).json().data;
    expect(got.map((d: { event_id: string }) => d.event_id)).toEqual([shop2Event.id]);
  });
});
