// The generated typed client (api-client/) against the running service over real HTTP: the paths,
// bodies and responses TypeScript accepts here are the document's, and the service answers them. A
// route whose behaviour leaves its schema breaks this test or the typecheck.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient, type components } from '../api-client';
import { DEMO_BERLIN_ID, demoId } from '../sync-server/demo/demo-seed';
import { startApiKit, type ApiTestKit } from './api-test-kit';

describe('typed API client (openapi-fetch) against the running service', () => {
  let kit: ApiTestKit;
  let client: ApiClient;
  beforeAll(async () => {
    kit = await startApiKit('pglite', { POS_WEBHOOK_ALLOW_PRIVATE: '1' });
    await kit.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = kit.app.server.address() as AddressInfo;
    client = createApiClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: await kit.key() });
  }, 180_000);
  afterAll(async () => kit?.close());

  it('creates a product, sells it in an order, pays it and finds order.paid in the events feed', async () => {
    const croissant = await client.GET('/api/v1/products/{id}', { params: { path: { id: demoId('prd', 'berlin:Butter-Croissant') } } });
    expect(croissant.response.status).toBe(200);
    const product = await client.POST('/api/v1/products', {
      body: {
        location_id: DEMO_BERLIN_ID,
        name: 'Franzbrötchen',
        price: 240,
        tax_rate_id: croissant.data!.tax_rate.id,
        stock: { on_hand: 10 },
      },
    });
    expect(product.error).toBeUndefined();
    expect(product.data).toMatchObject({ object: 'product', name: 'Franzbrötchen', price: 240 });

    const order = await client.POST('/api/v1/orders', {
      body: { location_id: DEMO_BERLIN_ID, items: [{ product_id: product.data!.id, quantity: 2 }], external_ref: 'client-test' },
    });
    expect(order.response.status).toBe(201);
    expect(order.data!.totals).toMatchObject({ total: 480, balance_due: 480 });

    const payment = await client.POST('/api/v1/orders/{id}/payments', {
      params: { path: { id: order.data!.id } },
      body: { amount: 480, method: 'external', reference: 'client-test' },
    });
    expect(payment.response.status).toBe(201);
    const paid = await client.GET('/api/v1/orders/{id}', { params: { path: { id: order.data!.id } } });
    expect(paid.data).toMatchObject({ status: 'paid', totals: { amount_paid: 480, balance_due: 0 } });

    const events = await client.GET('/api/v1/events', { params: { query: { types: 'order.paid', limit: 100 } } });
    expect(events.response.status).toBe(200);
    const event = events.data!.data.find((e) => (e.data as { object?: { id?: string } }).object?.id === order.data!.id);
    expect(event).toMatchObject({ type: 'order.paid', location_id: DEMO_BERLIN_ID });
    // What a webhook receiver would be handed, typed from the document's `webhooks` section.
    const delivered = event as unknown as components['schemas']['OrderPaidEvent'];
    expect('object' in delivered.data && delivered.data.object.status).toBe('paid');
  });

  it('creates, reads, updates, lists and deletes a webhook endpoint; errors come back typed', async () => {
    const created = await client.POST('/api/v1/webhooks', {
      body: { name: 'client test', url: 'http://127.0.0.1:9/hooks', subscribed_events: ['order.*'] },
    });
    expect(created.response.status).toBe(201);
    expect(created.data!.secret).toMatch(/^whsec_/);
    const id = created.data!.id;

    const updated = await client.PATCH('/api/v1/webhooks/{id}', {
      params: { path: { id } },
      body: { enabled: false, subscribed_events: ['order.paid'] },
    });
    expect(updated.data).toMatchObject({ id, enabled: false, subscribed_events: ['order.paid'] });
    const read = await client.GET('/api/v1/webhooks/{id}', { params: { path: { id } } });
    expect(read.data).toMatchObject({ id, name: 'client test', enabled: false });
    expect(read.data).not.toHaveProperty('secret');
    const listed = await client.GET('/api/v1/webhooks', { params: { query: { limit: 100 } } });
    expect(listed.data!.data.map((w) => w.id)).toContain(id);

    const deleted = await client.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } });
    expect(deleted.response.ok).toBe(true);
    const gone = await client.GET('/api/v1/webhooks/{id}', { params: { path: { id } } });
    expect(gone.response.status).toBe(404);
    expect(gone.error).toMatchObject({ error: { type: 'not_found' } });
  });

  it('adds an Idempotency-Key to writes, and replays when the caller passes the same one', async () => {
    const body = { location_id: DEMO_BERLIN_ID, items: [{ product_id: demoId('prd', 'berlin:Butter-Croissant'), quantity: 1 }] };
    const first = await client.POST('/api/v1/orders', { body, params: { header: { 'idempotency-key': 'client-replay-1' } } });
    const again = await client.POST('/api/v1/orders', { body, params: { header: { 'idempotency-key': 'client-replay-1' } } });
    expect(again.data!.id).toBe(first.data!.id);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    const fresh = await client.POST('/api/v1/orders', { body });
    expect(fresh.data!.id).not.toBe(first.data!.id);
  });
});
