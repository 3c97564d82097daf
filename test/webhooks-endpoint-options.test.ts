// Webhook endpoint options through HTTP on every engine, delivered to a real receiver by the app's
// own dispatcher: thin payloads link under the public base URL (POS_PUBLIC_URL, else the listening
// address); an integrator-supplied secret (checked for strength) signs, and rotation replaces it;
// custom headers (checked on save) go with every delivery.
import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../sync-server/app';
import { createApiKey } from '../sync-server/auth/api-keys';
import { loadConfig, type ServerConfig } from '../sync-server/config';
import { recordEvent } from '../sync-server/events/outbox';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { startReceiver, type Receiver } from '../sync-server/webhooks/webhooks-test-support';
// @ts-expect-error -- plain .mjs fixture (the guide's snippet) has no type declarations
import { verifyAnywhereSignature } from './fixtures/verify-anywhere.mjs';
// @ts-expect-error -- plain .mjs fixture (the docs' rotation-aware snippet) has no type declarations
import { verifyAnywhereSignatureAny } from './fixtures/verify-anywhere-rotation.mjs';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

const verifyGuide = verifyAnywhereSignature as (rawBody: string, header: string, secret: string) => boolean;
const verifyAny = verifyAnywhereSignatureAny as (rawBody: string, header: string, secrets: string[]) => boolean;

describe.each(TEST_ENGINES)('webhook endpoint options on %s', (engine) => {
  let handle: TestDatabase;
  let biz: TestBusiness;
  let key: string;
  const apps: FastifyInstance[] = [];
  let receivers: Receiver[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    biz = await seedTestBusiness(handle.db);
    ({ key } = await createApiKey(handle.db, {
      businessId: biz.businessId,
      name: 'addon',
      scopes: ['webhooks:read', 'webhooks:write', 'events:read'],
      locationIds: 'all',
    }));
  });
  afterEach(async () => {
    for (const r of receivers) await r.close();
    receivers = [];
    for (const app of apps.splice(0)) await app.close();
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function app(overrides: Partial<ServerConfig> = {}, workers = true): Promise<FastifyInstance> {
    const built = await buildApp({
      db: handle.db,
      config: loadConfig({}, { webhookAllowPrivate: true, webhookRetrySchedule: [60_000], webhookTimeoutMs: 2_000, ...overrides }),
      workers,
    });
    apps.push(built);
    await built.ready();
    return built;
  }
  async function receiver(): Promise<Receiver> {
    const r = await startReceiver();
    receivers.push(r);
    return r;
  }
  const call = (on: FastifyInstance, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>) =>
    on.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }) },
      ...(payload ? { payload } : {}),
    });
  const emit = (type: string, object: Record<string, unknown>) =>
    handle.db.transaction((tx) => recordEvent(tx, { businessId: biz.businessId, type, locationId: biz.locationIds[0], data: { object } }));
  const bodies = (r: Receiver) =>
    r.requests.map((req) => JSON.parse(req.rawBody.toString('utf8')) as { id: string; type: string; data: Record<string, unknown> });

  describe('thin payloads', () => {
    it('carry an absolute URL under POS_PUBLIC_URL (path prefix kept), and null where the API has no resource', async () => {
      const on = await app({ publicUrl: loadConfig({ POS_PUBLIC_URL: 'https://pos.example.com/shop/' }).publicUrl });
      const r = await receiver();
      const created = await call(on, 'POST', '/api/v1/webhooks', {
        name: 'thin',
        url: r.url,
        subscribed_events: ['order.paid', 'shift.closed', 'inventory.low_stock'],
        payload: 'thin',
      });
      expect(created.statusCode).toBe(201);
      const paid = await emit('order.paid', { id: 'ord_T1', object: 'order' });
      const low = await emit('inventory.low_stock', { object: 'inventory', product_id: 'prd_T2' });
      const shift = await emit('shift.closed', { id: 'shf_T3', object: 'shift' });
      await r.waitFor(3);
      const byId = new Map(bodies(r).map((b) => [b.id, b]));
      expect(byId.get(paid.id)!.data).toEqual({ id: 'ord_T1', url: 'https://pos.example.com/shop/api/v1/orders/ord_T1' });
      expect(byId.get(low.id)!.data).toEqual({ id: 'prd_T2', url: 'https://pos.example.com/shop/api/v1/products/prd_T2' });
      expect(byId.get(shift.id)!.data).toEqual({ id: 'shf_T3', url: null });
      // The events feed keeps the full object: thin is only a delivery format.
      const feed = (await call(on, 'GET', `/api/v1/events?types=order.paid&since=${encodeURIComponent(new Date(Date.now() - 60_000).toISOString())}`)).json();
      expect(feed.data.find((e: { id: string }) => e.id === paid.id).data).toEqual({ object: { id: 'ord_T1', object: 'order' } });
    });

    it('fall back to the address the service listens on when POS_PUBLIC_URL is unset (test sends too)', async () => {
      const on = await app({}, false);
      const address = await on.listen({ host: '127.0.0.1', port: 0 });
      const r = await receiver();
      const id = (await call(on, 'POST', '/api/v1/webhooks', { name: 'thin', url: r.url, subscribed_events: ['order.paid'], payload: 'thin' })).json()
        .id as string;
      const sent = await call(on, 'POST', `/api/v1/webhooks/${id}/test`, { event_type: 'order.paid' });
      expect(sent.statusCode).toBe(200);
      const [request] = await r.waitFor(1);
      const body = JSON.parse(request!.rawBody.toString('utf8'));
      expect(body.data.url).toBe(`${address}/api/v1/orders/${body.data.id as string}`);
      expect(body.data.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/orders\/ord_/);
    });
  });

  describe('integrator-supplied secret', () => {
    it('signs with the secret given on create (guide snippet and Standard Webhooks verify it); rotation replaces it with a grace period', async () => {
      const on = await app();
      const r = await receiver();
      const mine = `whsec_${randomBytes(32).toString('base64')}`;
      const created = await call(on, 'POST', '/api/v1/webhooks', { name: 'own secret', url: r.url, subscribed_events: ['order.paid'], secret: mine });
      expect(created.statusCode).toBe(201);
      expect(created.json().secret).toBe(mine);
      const stored = await handle.db.query<{ sealed: string }>('SELECT sealed FROM webhook_secrets WHERE endpoint_id = $1', [created.json().id]);
      expect(stored.rows[0]!.sealed).not.toContain(mine.slice(6, 20));
      await emit('order.paid', { id: 'ord_S1', object: 'order' });
      const [first] = await r.waitFor(1);
      const raw = first!.rawBody.toString('utf8');
      expect(verifyGuide(raw, first!.headers['x-pos-signature'] as string, mine)).toBe(true);
      expect(() => new Webhook(mine).verify(raw, first!.headers as Record<string, string>)).not.toThrow();

      const rotated = await call(on, 'POST', `/api/v1/webhooks/${created.json().id as string}/rotate-secret`);
      expect(rotated.statusCode).toBe(200);
      const fresh = rotated.json().secret as string;
      expect(fresh).not.toBe(mine);
      await emit('order.paid', { id: 'ord_S2', object: 'order' });
      const [, second] = await r.waitFor(2);
      const header = second!.headers['x-pos-signature'] as string;
      expect(header.match(/v1=/g)).toHaveLength(2);
      expect(verifyGuide(second!.rawBody.toString('utf8'), header, fresh)).toBe(true);
      expect(verifyAny(second!.rawBody.toString('utf8'), header, [mine])).toBe(true);
    });

    it('refuses a weak or malformed secret with a 400 naming the rule, and creates nothing', async () => {
      const on = await app({}, false);
      const count = async () =>
        (await handle.db.query<{ n: number }>('SELECT count(*)::int AS n FROM webhook_endpoints WHERE business_id = $1', [biz.businessId])).rows[0]!.n;
      const before = await count();
      const cases: [unknown, string, RegExp][] = [
        ['hunter2', 'secret_format', /"whsec_" followed by standard base64/],
        [`sk_${randomBytes(32).toString('base64')}`, 'secret_format', /whsec_/],
        ['whsec_not base64!!', 'secret_format', /base64/],
        [`whsec_${randomBytes(16).toString('base64')}`, 'secret_too_short', /at least 24 random bytes \(this one encodes 16\)/],
        [`whsec_${randomBytes(96).toString('base64')}`, 'secret_too_long', /at most 64 bytes/],
        [`whsec_${Buffer.alloc(32, 'a').toString('base64')}`, 'secret_too_weak', /at least 16 different values \(this one has 1\)/],
        [`whsec_${Buffer.from('abcdabcdabcdabcdabcdabcdabcdabcd').toString('base64')}`, 'secret_too_weak', /this one has 4/],
      ];
      for (const [secret, code, message] of cases) {
        const res = await call(on, 'POST', '/api/v1/webhooks', {
          name: 'weak',
          url: 'http://127.0.0.1:9/hook',
          subscribed_events: ['order.paid'],
          secret: secret as string,
        });
        expect(res.statusCode, String(secret)).toBe(400);
        expect(res.json().error).toMatchObject({ type: 'invalid_request', code, param: 'secret', message: expect.stringMatching(message) });
      }
      const empty = await call(on, 'POST', '/api/v1/webhooks', { name: 'weak', url: 'http://127.0.0.1:9/hook', subscribed_events: ['order.paid'], secret: '' });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.param).toBe('secret');
      expect(await count()).toBe(before);
      // The secret is a create-time option: PATCH refuses it (rotate instead).
      const id = (await call(on, 'POST', '/api/v1/webhooks', { name: 'ok', url: 'http://127.0.0.1:9/hook', subscribed_events: ['order.paid'] })).json()
        .id as string;
      const patch = await call(on, 'PATCH', `/api/v1/webhooks/${id}`, { secret: `whsec_${randomBytes(32).toString('base64')}` });
      expect(patch.statusCode).toBe(400);
    });
  });

  describe('custom headers', () => {
    it('are set on create, shown on the endpoint, sent on every delivery, replaced by PATCH and cleared with {}', async () => {
      const on = await app();
      const r = await receiver();
      const created = await call(on, 'POST', '/api/v1/webhooks', {
        name: 'with headers',
        url: r.url,
        subscribed_events: ['order.paid'],
        headers: { Authorization: 'Bearer receiver-token-123', 'X-Tenant': 'shop 42' },
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      expect(created.json().headers).toEqual({ Authorization: 'Bearer receiver-token-123', 'X-Tenant': 'shop 42' });
      expect((await call(on, 'GET', `/api/v1/webhooks/${id}`)).json().headers).toEqual({ Authorization: 'Bearer receiver-token-123', 'X-Tenant': 'shop 42' });

      await emit('order.paid', { id: 'ord_H1', object: 'order' });
      const [first] = await r.waitFor(1);
      expect(first!.headers).toMatchObject({
        authorization: 'Bearer receiver-token-123',
        'x-tenant': 'shop 42',
        'content-type': 'application/json',
        'user-agent': 'AnywherePOS-Webhooks/1',
      });
      expect(first!.headers['x-pos-signature']).toMatch(/^t=\d+,v1=/);
      // A test send carries them too.
      await call(on, 'POST', `/api/v1/webhooks/${id}/test`);
      const [, test] = await r.waitFor(2);
      expect(test!.headers['x-tenant']).toBe('shop 42');

      const patched = await call(on, 'PATCH', `/api/v1/webhooks/${id}`, { headers: { 'X-Tenant': 'shop 43' } });
      expect(patched.json().headers).toEqual({ 'X-Tenant': 'shop 43' });
      expect((await call(on, 'PATCH', `/api/v1/webhooks/${id}`, { name: 'renamed' })).json().headers).toEqual({ 'X-Tenant': 'shop 43' });
      await emit('order.paid', { id: 'ord_H2', object: 'order' });
      const [, , third] = await r.waitFor(3);
      expect(third!.headers['x-tenant']).toBe('shop 43');
      expect(third!.headers.authorization).toBeUndefined();
      expect((await call(on, 'PATCH', `/api/v1/webhooks/${id}`, { headers: {} })).json().headers).toEqual({});
    });

    it('refuses reserved, malformed and oversized headers with a 400 naming the header, and changes nothing', async () => {
      const on = await app({}, false);
      const ok = await call(on, 'POST', '/api/v1/webhooks', {
        name: 'ok',
        url: 'http://127.0.0.1:9/hook',
        subscribed_events: ['order.paid'],
        headers: { 'X-Keep': 'yes' },
      });
      const id = ok.json().id as string;
      const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`X-H${i}`, 'v']));
      const big = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`X-Big${i}`, 'v'.repeat(1000)]));
      const cases: [Record<string, string>, string, string][] = [
        [{ Host: 'evil.example' }, 'header_reserved', 'headers.Host'],
        [{ 'content-length': '5' }, 'header_reserved', 'headers.content-length'],
        [{ 'Transfer-Encoding': 'chunked' }, 'header_reserved', 'headers.Transfer-Encoding'],
        [{ Connection: 'close' }, 'header_reserved', 'headers.Connection'],
        [{ 'X-Pos-Signature': 't=1,v1=00' }, 'header_reserved', 'headers.X-Pos-Signature'],
        [{ 'Webhook-Id': 'evt_x' }, 'header_reserved', 'headers.Webhook-Id'],
        [{ 'User-Agent': 'me' }, 'header_reserved', 'headers.User-Agent'],
        [{ 'Bad Header': 'x' }, 'header_invalid', 'headers.Bad Header'],
        [{ 'X-Split': 'a\r\nX-Injected: 1' }, 'header_invalid', 'headers.X-Split'],
        [{ 'X-Empty': '' }, 'header_invalid', 'headers.X-Empty'],
        [{ 'X-Dup': 'a', 'x-dup': 'b' }, 'header_invalid', 'headers.x-dup'],
        [many, 'headers_too_large', 'headers'],
        [big, 'headers_too_large', 'headers'],
      ];
      for (const [headers, code, param] of cases) {
        for (const res of [
          await call(on, 'POST', '/api/v1/webhooks', { name: 'bad', url: 'http://127.0.0.1:9/hook', subscribed_events: ['order.paid'], headers }),
          await call(on, 'PATCH', `/api/v1/webhooks/${id}`, { headers }),
        ]) {
          expect(res.statusCode, JSON.stringify(headers).slice(0, 60)).toBe(400);
          expect(res.json().error).toMatchObject({ code, param });
        }
      }
      expect((await call(on, 'GET', `/api/v1/webhooks/${id}`)).json().headers).toEqual({ 'X-Keep': 'yes' });
      const named = await handle.db.query<{ n: number }>("SELECT count(*)::int AS n FROM webhook_endpoints WHERE business_id = $1 AND name = 'bad'", [
        biz.businessId,
      ]);
      expect(named.rows[0]!.n).toBe(0);
    });
  });

  describe('webhook_endpoint.disabled', () => {
    it("is sent to the business's other endpoints when the service disables one (410 Gone), not to it, and not when a user disables one", async () => {
      const on = await app();
      const watcher = await receiver();
      const gone = await startReceiver(() => ({ status: 410, body: 'gone' }));
      receivers.push(gone);
      const watcherId = (await call(on, 'POST', '/api/v1/webhooks', { name: 'watcher', url: watcher.url, subscribed_events: ['webhook_endpoint.*'] })).json()
        .id as string;
      const doomed = (await call(on, 'POST', '/api/v1/webhooks', { name: 'doomed', url: gone.url, subscribed_events: ['*'] })).json().id as string;
      const byUser = (await call(on, 'POST', '/api/v1/webhooks', { name: 'paused', url: gone.url, subscribed_events: ['order.paid'] })).json().id as string;
      expect((await call(on, 'PATCH', `/api/v1/webhooks/${byUser}`, { enabled: false })).statusCode).toBe(200);

      await emit('order.paid', { id: 'ord_G1', object: 'order' });
      const [request] = await watcher.waitFor(1);
      const body = JSON.parse(request!.rawBody.toString('utf8'));
      expect(body).toMatchObject({ type: 'webhook_endpoint.disabled', location_id: null, device_id: null });
      expect(body.data.object).toMatchObject({
        id: doomed,
        object: 'webhook_endpoint',
        name: 'doomed',
        url: gone.url,
        enabled: false,
        disabled_reason: expect.stringMatching(/^The receiver answered 410 Gone/),
      });
      const endpoint = (await call(on, 'GET', `/api/v1/webhooks/${doomed}`)).json();
      expect(endpoint.enabled).toBe(false);
      expect(body.data.object.disabled_at).toBe(endpoint.disabled_at);
      // The disabled endpoint got its one 410 attempt and no obituary; the feed has exactly one such event.
      const sentToDoomed = await handle.db.query<{ event_type: string }>('SELECT event_type FROM webhook_deliveries WHERE endpoint_id = $1', [doomed]);
      expect(sentToDoomed.rows.map((r) => r.event_type)).toEqual(['order.paid']);
      const events = await handle.db.query<{ data: { object: { id: string } } }>(
        "SELECT data FROM events WHERE business_id = $1 AND type = 'webhook_endpoint.disabled'",
        [biz.businessId],
      );
      expect(events.rows.map((r) => r.data.object.id)).toEqual([doomed]);
      expect(watcherId).toMatch(/^whk_/);
    });
  });
});
