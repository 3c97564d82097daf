// Bad input to API v1 writes and reads (issue 4 "Bad input"): always a clear 4xx in the SPEC error
// shape, never a 500, never a partial write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { DEMO_BERLIN_ID, demoId } from '../sync-server/demo/demo-seed';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { startApiKit, type ApiTestKit } from './api-test-kit';

const espresso = demoId('prd', 'berlin:Espresso');
const item = { product_id: espresso, quantity: 1 };
const validOrder = { location_id: DEMO_BERLIN_ID, items: [item] };

interface Case {
  name: string;
  method?: 'POST' | 'PATCH' | 'GET';
  url?: string;
  payload?: unknown;
  raw?: string;
  contentType?: string;
  status: number;
  code?: string;
  param?: string;
}

const CASES: Case[] = [
  { name: 'malformed JSON', raw: '{"location_id": "x", items: [', status: 400, code: 'invalid_json' },
  { name: 'truncated JSON', raw: '{"location_id":', status: 400, code: 'invalid_json' },
  { name: 'empty body', raw: '', status: 400, code: 'body_missing' },
  { name: 'JSON null', raw: 'null', status: 400 },
  { name: 'JSON array', payload: [validOrder], status: 400 },
  { name: 'wrong content type', raw: JSON.stringify(validOrder), contentType: 'text/plain', status: 415, code: 'unsupported_media_type' },
  { name: 'form content type', raw: 'location_id=x', contentType: 'application/x-www-form-urlencoded', status: 415 },
  { name: 'oversize body', payload: { ...validOrder, customer_note: 'x'.repeat(1024 * 1024 + 10) }, status: 413, code: 'body_too_large' },
  { name: 'unknown top-level field', payload: { ...validOrder, colour: 'red' }, status: 400, code: 'parameter_invalid', param: 'colour' },
  { name: 'unknown item field', payload: { location_id: DEMO_BERLIN_ID, items: [{ ...item, size: 'XL' }] }, status: 400, param: 'items.0.size' },
  { name: 'missing items', payload: { location_id: DEMO_BERLIN_ID }, status: 400, param: 'items' },
  { name: 'missing location_id', payload: { items: [item] }, status: 400, param: 'location_id' },
  { name: 'missing product_id', payload: { location_id: DEMO_BERLIN_ID, items: [{ quantity: 1 }] }, status: 400, param: 'items.0.product_id' },
  { name: 'empty items', payload: { location_id: DEMO_BERLIN_ID, items: [] }, status: 400, param: 'items' },
  { name: 'quantity as string', payload: { location_id: DEMO_BERLIN_ID, items: [{ ...item, quantity: '2' }] }, status: 400, param: 'items.0.quantity' },
  { name: 'zero quantity', payload: { location_id: DEMO_BERLIN_ID, items: [{ ...item, quantity: 0 }] }, status: 400, param: 'items.0.quantity' },
  { name: 'negative quantity', payload: { location_id: DEMO_BERLIN_ID, items: [{ ...item, quantity: -3 }] }, status: 400, param: 'items.0.quantity' },
  { name: 'fractional quantity', payload: { location_id: DEMO_BERLIN_ID, items: [{ ...item, quantity: 1.5 }] }, status: 400, param: 'items.0.quantity' },
  { name: 'absurd quantity', payload: { location_id: DEMO_BERLIN_ID, items: [{ ...item, quantity: 1e12 }] }, status: 400, param: 'items.0.quantity' },
  { name: 'too many items', payload: { location_id: DEMO_BERLIN_ID, items: Array.from({ length: 201 }, () => item) }, status: 400, param: 'items' },
  { name: 'location_id as number', payload: { location_id: 5, items: [item] }, status: 400, param: 'location_id' },
  { name: 'modifier_ids not an array', payload: { location_id: DEMO_BERLIN_ID, items: [{ ...item, modifier_ids: 'mod_x' }] }, status: 400 },
  {
    name: 'unknown product',
    payload: { location_id: DEMO_BERLIN_ID, items: [{ ...item, product_id: 'prd_01JD0000000000000000000000' }] },
    status: 422,
    code: 'product_not_found',
  },
  { name: 'unknown location', payload: { ...validOrder, location_id: 'loc_01JD0000000000000000000000' }, status: 422, code: 'location_not_found' },
  {
    name: 'product: negative price',
    url: '/api/v1/products',
    payload: { location_id: DEMO_BERLIN_ID, name: 'x', price: -1, tax_rate_id: demoId('tax', 'berlin:standard') },
    status: 400,
    param: 'price',
  },
  {
    name: 'product: price as decimal string',
    url: '/api/v1/products',
    payload: { location_id: DEMO_BERLIN_ID, name: 'x', price: '2.50', tax_rate_id: demoId('tax', 'berlin:standard') },
    status: 400,
    param: 'price',
  },
  {
    name: 'product: fractional price',
    url: '/api/v1/products',
    payload: { location_id: DEMO_BERLIN_ID, name: 'x', price: 2.5, tax_rate_id: demoId('tax', 'berlin:standard') },
    status: 400,
    param: 'price',
  },
  {
    name: 'product: empty name',
    url: '/api/v1/products',
    payload: { location_id: DEMO_BERLIN_ID, name: '', price: 1, tax_rate_id: demoId('tax', 'berlin:standard') },
    status: 400,
    param: 'name',
  },
  {
    name: 'product: unknown tax rate',
    url: '/api/v1/products',
    payload: { location_id: DEMO_BERLIN_ID, name: 'x', price: 1, tax_rate_id: 'tax_NOPE' },
    status: 422,
    code: 'tax_rate_not_found',
  },
  {
    name: 'product: foreign category',
    url: '/api/v1/products',
    payload: { location_id: DEMO_BERLIN_ID, name: 'x', price: 1, tax_rate_id: demoId('tax', 'berlin:standard'), category_id: demoId('cat', 'new-york:Merch') },
    status: 422,
    code: 'category_not_at_location',
  },
  {
    name: 'product: duplicate barcodes',
    url: '/api/v1/products',
    payload: { location_id: DEMO_BERLIN_ID, name: 'x', price: 1, tax_rate_id: demoId('tax', 'berlin:standard'), barcodes: ['1', '1'] },
    status: 400,
    param: 'barcodes',
  },
  { name: 'product patch: empty', method: 'PATCH', url: `/api/v1/products/${espresso}`, payload: {}, status: 400 },
  { name: 'product patch: read-only field', method: 'PATCH', url: `/api/v1/products/${espresso}`, payload: { id: 'prd_x' }, status: 400, param: 'id' },
  { name: 'product patch: unknown product', method: 'PATCH', url: '/api/v1/products/prd_NOPE', payload: { price: 1 }, status: 404 },
  { name: 'payment: zero amount', url: '/api/v1/orders/ORDER/payments', payload: { amount: 0, method: 'external' }, status: 400, param: 'amount' },
  { name: 'payment: amount as string', url: '/api/v1/orders/ORDER/payments', payload: { amount: '5', method: 'external' }, status: 400, param: 'amount' },
  { name: 'payment: card method', url: '/api/v1/orders/ORDER/payments', payload: { amount: 5, method: 'card' }, status: 400, param: 'method' },
  {
    name: 'payment: over the balance',
    url: '/api/v1/orders/ORDER/payments',
    payload: { amount: 1_000_000, method: 'external' },
    status: 422,
    code: 'amount_exceeds_balance',
  },
  { name: 'payment: unknown order', url: '/api/v1/orders/ord_NOPE/payments', payload: { amount: 5, method: 'external' }, status: 404 },
  { name: 'refund: missing reason', url: '/api/v1/orders/ORDER/refunds', payload: { amount: 5 }, status: 400, param: 'reason' },
  { name: 'refund: negative amount', url: '/api/v1/orders/ORDER/refunds', payload: { amount: -5, reason: 'x' }, status: 400, param: 'amount' },
  { name: 'refund: nothing paid', url: '/api/v1/orders/ORDER/refunds', payload: { amount: 5, reason: 'x' }, status: 422, code: 'nothing_to_refund' },
  { name: 'list: limit 0', method: 'GET', url: '/api/v1/orders?limit=0', status: 400, param: 'limit' },
  { name: 'list: limit 101', method: 'GET', url: '/api/v1/products?limit=101', status: 400, param: 'limit' },
  { name: 'list: limit not a number', method: 'GET', url: '/api/v1/locations?limit=ten', status: 400, param: 'limit' },
  { name: 'list: forged cursor', method: 'GET', url: '/api/v1/orders?cursor=not-ours', status: 400, code: 'cursor_invalid' },
  { name: 'list: bad created_since', method: 'GET', url: '/api/v1/orders?created_since=yesterday', status: 400, param: 'created_since' },
  { name: 'list: bad status', method: 'GET', url: '/api/v1/orders?status=lost', status: 400, param: 'status' },
  { name: 'list: unknown query parameter', method: 'GET', url: '/api/v1/products?colour=red', status: 400 },
];

describe.each(TEST_ENGINES)('API v1 bad input on %s', (engine) => {
  let kit: ApiTestKit;
  let key: string;
  let orderId: string;
  const snapshot = async (): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    for (const table of ['orders', 'order_lines', 'payments', 'refunds', 'products', 'barcodes', 'events', 'idempotency_keys']) {
      out[table] = (await kit.handle.db.query(`SELECT 1 FROM ${table}`)).rowCount;
    }
    return out;
  };

  beforeAll(async () => {
    kit = await startApiKit(engine);
    key = await kit.key();
    orderId = (await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: validOrder })).json().id;
  });
  afterAll(async () => kit?.close());

  it.each(CASES)('$name → $status', async (c) => {
    const before = await snapshot();
    const method = c.method ?? 'POST';
    const url = (c.url ?? '/api/v1/orders').replace('ORDER', orderId);
    const headers: Record<string, string> = { authorization: `Bearer ${key}` };
    if (method !== 'GET') headers['idempotency-key'] = randomUUID();
    if (c.raw !== undefined || c.payload !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
    const res = await kit.app.inject({ method, url, headers, payload: c.raw ?? (c.payload === undefined ? undefined : JSON.stringify(c.payload)) });
    expect(res.statusCode).toBe(c.status);
    const error = res.json().error;
    expect(error).toMatchObject({ type: expect.any(String), code: expect.any(String), message: expect.any(String), request_id: res.headers['x-request-id'] });
    if (c.code) expect(error.code).toBe(c.code);
    if (c.param) expect(error.param).toBe(c.param);
    expect(res.headers['x-ratelimit-limit']).toBeDefined();
    const after = await snapshot();
    // 4xx answers to processed requests are kept for Idempotency-Key replay; nothing else may change.
    expect({ ...after, idempotency_keys: 0 }).toEqual({ ...before, idempotency_keys: 0 });
    expect(after.idempotency_keys! - before.idempotency_keys!).toBeLessThanOrEqual(1);
  });
});
