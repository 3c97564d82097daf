// Idempotency-Key on API v1 writes (SPEC §5.1): required, replayed byte for byte, 422 on reuse,
// 409 in flight, scoped per API key, 24 h, and safe when identical requests race.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { DEMO_BERLIN_ID, demoId } from '../sync-server/demo/demo-seed';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { startApiKit, type ApiTestKit } from './api-test-kit';

const orderBody = { location_id: DEMO_BERLIN_ID, items: [{ product_id: demoId('prd', 'berlin:Espresso'), quantity: 1 }] };

describe.each(TEST_ENGINES)('Idempotency-Key on %s', (engine) => {
  let kit: ApiTestKit;
  let key: string;
  const count = async (table: string): Promise<number> => (await kit.handle.db.query(`SELECT 1 FROM ${table}`)).rowCount;

  beforeAll(async () => {
    kit = await startApiKit(engine);
    key = await kit.key();
  });
  afterAll(async () => kit?.close());

  it('is required on POST and PATCH: 400 idempotency_key_required, nothing written', async () => {
    const orders = await count('orders');
    const post = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: orderBody, idempotencyKey: null });
    expect(post.statusCode).toBe(400);
    expect(post.json().error).toMatchObject({ type: 'invalid_request', code: 'idempotency_key_required', param: 'Idempotency-Key' });
    const patch = await kit.call(key, {
      method: 'PATCH',
      url: `/api/v1/products/${demoId('prd', 'berlin:Espresso')}`,
      payload: { name: 'x' },
      idempotencyKey: null,
    });
    expect(patch.json().error.code).toBe('idempotency_key_required');
    const tooLong = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: orderBody, idempotencyKey: 'k'.repeat(256) });
    expect(tooLong.json().error.code).toBe('idempotency_key_invalid');
    expect(await count('orders')).toBe(orders);
  });

  it('replays the stored response byte for byte with Idempotent-Replayed: true', async () => {
    const idem = randomUUID();
    const body = { ...orderBody, total: 1 };
    const first = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: body, idempotencyKey: idem });
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const orders = await count('orders');
    const events = await count('events');
    const second = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: body, idempotencyKey: idem });
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers['x-pos-ignored-fields']).toBe('total');
    expect(second.headers.location).toBe(first.headers.location);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
    expect(await count('orders')).toBe(orders);
    expect(await count('events')).toBe(events);
  });

  it('replays stored 4xx answers too (the request was processed)', async () => {
    const idem = randomUUID();
    const bad = { location_id: DEMO_BERLIN_ID, items: [{ product_id: 'prd_NOPE', quantity: 1 }] };
    const first = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: bad, idempotencyKey: idem });
    expect(first.statusCode).toBe(422);
    const again = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: bad, idempotencyKey: idem });
    expect(again.statusCode).toBe(422);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toBe(first.body);
  });

  it('422 idempotency_key_reused for a different body, path or method under the same key', async () => {
    const idem = randomUUID();
    expect((await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: orderBody, idempotencyKey: idem })).statusCode).toBe(201);
    const orders = await count('orders');
    const otherBody = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: { ...orderBody, customer_note: 'x' }, idempotencyKey: idem });
    expect(otherBody.statusCode).toBe(422);
    expect(otherBody.json().error).toMatchObject({ type: 'idempotency', code: 'idempotency_key_reused' });
    const otherPath = await kit.call(key, {
      method: 'PATCH',
      url: `/api/v1/products/${demoId('prd', 'berlin:Espresso')}`,
      payload: { description: 'strong' },
      idempotencyKey: idem,
    });
    expect(otherPath.statusCode).toBe(422);
    expect(await count('orders')).toBe(orders);
  });

  it('scopes keys per API key: the same Idempotency-Key under another API key is a new request', async () => {
    const idem = randomUUID();
    const other = await kit.key();
    const a = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: orderBody, idempotencyKey: idem });
    const b = await kit.call(other, { method: 'POST', url: '/api/v1/orders', payload: orderBody, idempotencyKey: idem });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.json().id).not.toBe(a.json().id);
  });

  it('409 while the first request with the key is in flight; an expired key runs anew', async () => {
    const idem = randomUUID();
    const first = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: orderBody, idempotencyKey: idem });
    // Put the record back into the state it has while the first request runs.
    await kit.handle.db.query("UPDATE idempotency_keys SET state = 'in_flight', committed = true WHERE key = $1", [idem]);
    const during = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: orderBody, idempotencyKey: idem });
    expect(during.statusCode).toBe(409);
    expect(during.json().error).toMatchObject({ type: 'conflict', code: 'idempotency_key_in_flight' });
    // A claim that never committed and is a minute old belongs to a dead request: taken over.
    await kit.handle.db.query("UPDATE idempotency_keys SET committed = false, created_at = now() - interval '2 minutes' WHERE key = $1", [idem]);
    const takeover = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: orderBody, idempotencyKey: idem });
    expect(takeover.statusCode).toBe(201);
    expect(takeover.json().id).not.toBe(first.json().id);
    // After 24 h the key is forgotten.
    await kit.handle.db.query("UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1", [idem]);
    const later = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: { ...orderBody, customer_note: 'new' }, idempotencyKey: idem });
    expect(later.statusCode).toBe(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
  });

  it('makes identical requests that race over real HTTP create exactly one order', async () => {
    const idem = randomUUID();
    const before = await count('orders');
    const url = await kit.app.listen({ host: '127.0.0.1', port: 0 });
    const results = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const res = await fetch(`${url}/api/v1/orders`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'idempotency-key': idem, 'content-type': 'application/json' },
          body: JSON.stringify(orderBody),
        });
        return { statusCode: res.status, body: (await res.json()) as { id?: string; error?: { code: string } } };
      }),
    );
    const created = results.filter((r) => r.statusCode === 201);
    expect(results.map((r) => (r.statusCode === 201 ? 'ok' : r.body.error?.code))).not.toContain(undefined);
    expect(results.every((r) => r.statusCode === 201 || (r.statusCode === 409 && r.body.error?.code === 'idempotency_key_in_flight'))).toBe(true);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    expect(await count('orders')).toBe(before + 1);
    // Once the winner finished, the key replays its order.
    const after = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: orderBody, idempotencyKey: idem });
    expect(after.headers['idempotent-replayed']).toBe('true');
    expect(after.json().id).toBe(created[0]!.body.id);
  });
});
