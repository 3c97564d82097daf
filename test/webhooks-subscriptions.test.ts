// Webhook subscriptions through HTTP on every engine: exact types, "*" and prefix wildcards
// ("order.*") decide what an endpoint receives and replays; an unknown type is a 400 naming the valid ones.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBSCRIBABLE_EVENT_TYPES } from '../core/events/webhook-api';
import { buildApp } from '../sync-server/app';
import { createApiKey } from '../sync-server/auth/api-keys';
import { loadConfig } from '../sync-server/config';
import { recordEvent } from '../sync-server/events/outbox';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

describe.each(TEST_ENGINES)('webhook subscriptions on %s', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let biz: TestBusiness;
  let key: string;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    biz = await seedTestBusiness(handle.db);
    app = await buildApp({ db: handle.db, config: loadConfig({}, { webhookAllowPrivate: true }), workers: false });
    ({ key } = await createApiKey(handle.db, { businessId: biz.businessId, name: 'addon', scopes: ['webhooks:read', 'webhooks:write'], locationIds: 'all' }));
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }) },
      ...(payload ? { payload } : {}),
    });
  const create = (subscribed_events: string[]) => call('POST', '/api/v1/webhooks', { name: 'sub', url: 'http://127.0.0.1:9/hook', subscribed_events });
  const emit = (type: string) =>
    handle.db.transaction((tx) => recordEvent(tx, { businessId: biz.businessId, type, locationId: biz.locationIds[0], data: { object: { id: 'ord_A' } } }));
  const queuedTypes = async (endpointId: string) =>
    (await handle.db.query<{ event_type: string }>('SELECT event_type FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id', [endpointId])).rows.map(
      (r) => r.event_type,
    );

  it('refuses an unknown type on create and update with a 400 that lists every valid value', async () => {
    for (const bad of ['order.exploded', 'webhook.test', 'webhook.*', 'order', 'order.**']) {
      const res = await create([bad]);
      expect(res.statusCode, bad).toBe(400);
      const error = res.json().error as { code: string; message: string; param: string };
      expect(error.param).toBe('subscribed_events.0');
      expect(error.message).not.toContain('must be equal to constant');
      for (const valid of ['*', 'order.*', ...SUBSCRIBABLE_EVENT_TYPES]) expect(error.message).toContain(`"${valid}"`);
    }
    const ok = await create(['order.paid']);
    expect(ok.statusCode).toBe(201);
    const patch = await call('PATCH', `/api/v1/webhooks/${ok.json().id}`, { subscribed_events: ['order.paid', 'ordr.*'] });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error).toMatchObject({ param: 'subscribed_events.1', message: expect.stringContaining('"product.*"') });
  });

  it('queues exactly the events an exact type, a prefix wildcard or "*" covers', async () => {
    const exact = (await create(['order.paid'])).json().id as string;
    const orders = (await create(['order.*'])).json().id as string;
    const mixed = (await create(['product.*', 'order.refunded'])).json().id as string;
    const all = (await create(['*'])).json().id as string;
    for (const type of ['order.created', 'order.paid', 'product.updated', 'order.refunded', 'payment.succeeded']) await emit(type);
    expect(await queuedTypes(exact)).toEqual(['order.paid']);
    expect(await queuedTypes(orders)).toEqual(['order.created', 'order.paid', 'order.refunded']);
    expect(await queuedTypes(mixed)).toEqual(['product.updated', 'order.refunded']);
    expect(await queuedTypes(all)).toEqual(['order.created', 'order.paid', 'product.updated', 'order.refunded', 'payment.succeeded']);
  });

  it('replays through a wildcard subscription too', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    await emit('order.voided');
    await emit('inventory.updated');
    const created = await create(['order.*']);
    const id = created.json().id as string;
    expect(await queuedTypes(id)).toEqual([]);
    const res = await call('POST', `/api/v1/webhooks/${id}/replay`, { since });
    expect(res.statusCode).toBe(202);
    const replayed = await queuedTypes(id);
    expect(replayed).toContain('order.voided');
    expect(replayed.every((t) => t.startsWith('order.'))).toBe(true);
  });
});
