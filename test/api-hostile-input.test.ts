// Hostile input to the HTTP door (issue #11 items 5, 6, 8): NUL in any text field, absurdly deep JSON,
// %00 in ids, over-long URLs and other framework errors all get a 4xx in the SPEC §5.1 error shape.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../sync-server/app';
import { loadConfig } from '../sync-server/config';
import { DEMO_BERLIN_ID, demoId } from '../sync-server/demo/demo-seed';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { startApiKit, type ApiTestKit } from './api-test-kit';

const espresso = demoId('prd', 'berlin:Espresso');
const taxRate = demoId('tax', 'berlin:standard');

function deepJson(depth: number): string {
  return `{"location_id":"${DEMO_BERLIN_ID}","items":[{"product_id":"${espresso}","quantity":1}],"metadata":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
}

describe.each(TEST_ENGINES)('API v1 hostile input on %s', (engine) => {
  let kit: ApiTestKit;
  let key: string;

  beforeAll(async () => {
    kit = await startApiKit(engine);
    key = await kit.key();
  });
  afterAll(async () => kit?.close());

  const expectShape = (res: { statusCode: number; json(): unknown; body: string }, status: number) => {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json()).toMatchObject({
      error: { type: expect.any(String), code: expect.any(String), message: expect.any(String), request_id: expect.any(String) },
    });
  };

  const NUL_WRITES: { name: string; method: 'POST' | 'PATCH'; url: string; payload: Record<string, unknown>; param: string }[] = [
    {
      name: 'product name',
      method: 'POST',
      url: '/api/v1/products',
      payload: { location_id: DEMO_BERLIN_ID, name: 'Tea\u0000', price: 1, tax_rate_id: taxRate },
      param: 'name',
    },
    {
      name: 'product sku',
      method: 'POST',
      url: '/api/v1/products',
      payload: { location_id: DEMO_BERLIN_ID, name: 'Tea', price: 1, tax_rate_id: taxRate, sku: 'T\u00001' },
      param: 'sku',
    },
    {
      name: 'product barcode',
      method: 'POST',
      url: '/api/v1/products',
      payload: { location_id: DEMO_BERLIN_ID, name: 'Tea', price: 1, tax_rate_id: taxRate, barcodes: ['12\u00003'] },
      param: 'barcodes.0',
    },
    {
      name: 'product location_id',
      method: 'POST',
      url: '/api/v1/products',
      payload: { location_id: `${DEMO_BERLIN_ID}\u0000`, name: 'Tea', price: 1, tax_rate_id: taxRate },
      param: 'location_id',
    },
    {
      name: 'product tax_rate_id',
      method: 'POST',
      url: '/api/v1/products',
      payload: { location_id: DEMO_BERLIN_ID, name: 'Tea', price: 1, tax_rate_id: '\u0000' },
      param: 'tax_rate_id',
    },
    { name: 'product patch name', method: 'PATCH', url: `/api/v1/products/${espresso}`, payload: { name: 'E\u0000' }, param: 'name' },
    {
      name: 'order customer_note',
      method: 'POST',
      url: '/api/v1/orders',
      payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: espresso, quantity: 1 }], customer_note: 'x\u0000' },
      param: 'customer_note',
    },
    {
      name: 'order product_id',
      method: 'POST',
      url: '/api/v1/orders',
      payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: `${espresso}\u0000`, quantity: 1 }] },
      param: 'items.0.product_id',
    },
    {
      name: 'webhook url',
      method: 'POST',
      url: '/api/v1/webhook_endpoints',
      payload: { url: 'https://example.com/\u0000', enabled_events: ['order.paid'] },
      param: 'url',
    },
    {
      name: 'webhook description',
      method: 'POST',
      url: '/api/v1/webhook_endpoints',
      payload: { url: 'https://example.com/h', enabled_events: ['order.paid'], description: 'd\u0000' },
      param: 'description',
    },
    {
      name: 'a key of an object',
      method: 'POST',
      url: '/api/v1/orders',
      payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: espresso, quantity: 1 }], 'x\u0000': 1 },
      param: 'x\\u0000',
    },
  ];

  it.each(NUL_WRITES)('NUL in $name: 400 naming the field', async ({ method, url, payload, param }) => {
    const res = await kit.call(key, { method, url, payload });
    expectShape(res, 400);
    expect(res.json()).toMatchObject({ error: { type: 'invalid_request', param } });
    expect((res.json() as { error: { message: string } }).error.message).toMatch(/NUL/);
  });

  it('NUL in a path id or a query parameter: 400, not a database error', async () => {
    for (const url of [
      '/api/v1/orders/%00',
      '/api/v1/products/prd_%00',
      '/api/v1/locations/%00',
      '/api/v1/orders?cursor=%00',
      '/api/v1/products?location_id=%00',
      '/api/v1/events?since=%00',
    ]) {
      expectShape(await kit.call(key, { method: 'GET', url }), 400);
    }
  });

  it('20 000-deep JSON: 400 before any work is done', async () => {
    const res = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: deepJson(20_000), headers: { 'content-type': 'application/json' } });
    expectShape(res, 400);
    expect(res.json()).toMatchObject({ error: { code: 'json_too_deep' } });
  });

  it('an events cursor no page could have issued: 400 cursor_invalid, not an empty page echoing it back', async () => {
    const issued = (await kit.call(key, { method: 'GET', url: '/api/v1/events?limit=1' })).json() as { next_cursor: string };
    expect((await kit.call(key, { method: 'GET', url: `/api/v1/events?since=${issued.next_cursor}` })).statusCode).toBe(200);
    for (const since of ['99999999999999999999-1', '18446744073709551615-0', '123456789012-5', '1-99999999999999999']) {
      const res = await kit.call(key, { method: 'GET', url: `/api/v1/events?since=${since}` });
      expectShape(res, 400);
      expect(res.json()).toMatchObject({ error: { code: 'cursor_invalid', param: 'since' } });
    }
  });

  it('year 0 in a query time: 400', async () => {
    expectShape(await kit.call(key, { method: 'GET', url: '/api/v1/orders?created_since=0000-01-01T00:00:00Z' }), 400);
  });

  it('framework errors keep the error shape: over-long path parameters, bad percent-encoding', async () => {
    expectShape(await kit.call(key, { method: 'GET', url: `/api/v1/orders/${'x'.repeat(5000)}` }), 414);
    const bad = await kit.call(key, { method: 'GET', url: '/api/v1/orders/%E0%A4%A' });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    expectShape(bad, bad.statusCode);
  });

  it('a key in the URL is refused with a clear error and never written to the log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logged = await buildApp({ db: kit.handle.db, config: loadConfig({}), logger: { level: 'info', stream }, workers: false });
    try {
      for (const url of [
        `/api/v1/orders?api_key=${key}`,
        `/api/v1/orders?limit=5&access_token=${key}`,
        `/api/v1/locations?q=${key}`,
        `/sync/v1/pull?token=pos_dev_abcdefghijklmnop`,
      ]) {
        const res = await logged.inject({ method: 'GET', url });
        expectShape(res, 400);
        expect(res.json()).toMatchObject({ error: { code: 'credentials_in_url' } });
        expect((res.json() as { error: { message: string } }).error.message).toMatch(/Authorization header/);
      }
      // Even a request that is answered normally logs its URL without the secret.
      await logged.inject({ method: 'GET', url: '/api/v1/orders?limit=5&password=hunter2', headers: { authorization: `Bearer ${key}` } });
    } finally {
      await logged.close();
    }
    const log = lines.join('');
    expect(log).toContain('/api/v1/orders?api_key=[REDACTED]');
    expect(log).toContain('password=[REDACTED]');
    expect(log).not.toContain(key);
    expect(log).not.toContain('hunter2');
    expect(log).not.toContain('pos_dev_abcdefghijklmnop');
  });
});
