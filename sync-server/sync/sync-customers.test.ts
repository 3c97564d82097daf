// Customers on the tills (issue 13) through HTTP on every engine: a till pulls the business's
// customers in the cashier's view only (name, last phone digits, masked e-mail) in the snapshot and
// as deltas; a sale carries customer_id, which lands on the order and its events; a customer of no
// customer of this business is refused alone — the sale is kept without it, with the reason.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse, PushResponse } from '../../core/sync/protocol';
import { buildApp } from '../app';
import { createApiKey } from '../auth/api-keys';
import { loadConfig } from '../config';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import { mutation, pairTestDevice, saleSnapshot } from './test-sync-fixtures';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';

describe.each(TEST_ENGINES)('customers on the till on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let f: TestBusiness;
  let other: TestBusiness;
  let key: string;
  let otherKey: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    app = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    f = await seedTestBusiness(t.db);
    other = await seedTestBusiness(t.db);
    ({ key } = await createApiKey(t.db, {
      businessId: f.businessId,
      name: 'crm',
      scopes: ['customers:read', 'customers:write', 'orders:read'],
      locationIds: 'all',
    }));
    ({ key: otherKey } = await createApiKey(t.db, { businessId: other.businessId, name: 'crm', scopes: ['customers:write'], locationIds: 'all' }));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>, as = key) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${as}`, ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }) },
      ...(payload ? { payload } : {}),
    });
  const pull = async (token: string, cursor = '', limit?: number): Promise<PullResponse> => {
    const res = await app.inject({
      method: 'GET',
      url: `/sync/v1/pull?cursor=${encodeURIComponent(cursor)}${limit ? `&limit=${limit}` : ''}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  /** Every page from `cursor` on; the customers upserted and the last cursor. */
  async function pullAll(token: string, cursor = '', limit?: number) {
    const customers: NonNullable<PullResponse['customers']>['upserted'] = [];
    let pages = 0;
    for (;;) {
      const page = await pull(token, cursor, limit);
      pages++;
      customers.push(...(page.customers?.upserted ?? []));
      cursor = page.next_cursor;
      if (!page.has_more) return { customers, cursor, pages };
    }
  }
  const push = async (token: string, mutations: unknown[]): Promise<PushResponse> => {
    const res = await app.inject({ method: 'POST', url: '/sync/v1/push', headers: { authorization: `Bearer ${token}` }, payload: { mutations } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it("pulls the cashier's view of the business's customers, paged after the products, then their changes", async () => {
    const jana = (
      await api('POST', '/api/v1/customers', { name: 'Jana Novák', email: 'Jana@Example.com', phone: '+49 30 1234-5678', note: 'allergic to nuts' })
    ).json();
    const noName = (await api('POST', '/api/v1/customers', { phone: '0171 999 0001' })).json();
    await api('POST', '/api/v1/customers', { name: 'Someone Else' }, otherKey);
    const device = await pairTestDevice(app, f);

    // limit 1: products and customers each come in pages of one, customers after the products.
    const snapshot = await pullAll(device.device_token, '', 1);
    expect(snapshot.pages).toBeGreaterThanOrEqual(3);
    expect(snapshot.customers).toEqual([
      { id: jana.id, name: 'Jana Novák', phone_last4: '5678', email_masked: 'j•••@example.com', updated_at: jana.updated_at },
      { id: noName.id, name: null, phone_last4: '0001', email_masked: null, updated_at: noName.updated_at },
    ]);
    expect(JSON.stringify(snapshot.customers)).not.toMatch(/nuts|1234|jana@/i);

    // A change made through the API reaches the till as a delta; another business's never does.
    expect((await api('PATCH', `/api/v1/customers/${jana.id}`, { name: 'Jana Nováková' })).statusCode).toBe(200);
    await api('POST', '/api/v1/customers', { name: 'Not Yours' }, otherKey);
    const delta = await pullAll(device.device_token, snapshot.cursor);
    expect(delta.customers.map((c) => [c.id, c.name])).toEqual([[jana.id, 'Jana Nováková']]);
  });

  it("stores the sale's customer on the order and its events; an unknown one is refused alone and the sale kept", async () => {
    const jana = (await api('POST', '/api/v1/customers', { name: 'Jana' })).json();
    const foreign = (await api('POST', '/api/v1/customers', { name: 'Foreign' }, otherKey)).json();
    const device = await pairTestDevice(app, f, 'Till C');
    const withCustomer = { ...saleSnapshot(f), customer_id: jana.id as string };
    const unknown = { ...saleSnapshot(f), customer_id: foreign.id as string };
    const after = saleSnapshot(f);

    const res = await push(device.device_token, [
      mutation(1, 'order.completed', { order: withCustomer }),
      mutation(2, 'order.completed', { order: unknown }),
      mutation(3, 'order.completed', { order: after }),
    ]);
    expect(res.acked_seq).toBe(3);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(res.results[0]!.error).toBeUndefined();
    expect(res.results[1]!.error).toEqual({ code: 'customer_not_found', message: expect.stringContaining(foreign.id) });

    const order = (await api('GET', `/api/v1/orders/${withCustomer.id}`)).json();
    expect(order.customer_id).toBe(jana.id);
    expect((await api('GET', `/api/v1/orders/${unknown.id}`)).json()).toMatchObject({ status: 'paid', customer_id: null });
    expect((await api('GET', `/api/v1/orders/${after.id}`)).json().status).toBe('paid');

    const events = await t.db.query<{ type: string; data: { object: { customer_id: string | null } } }>(
      `SELECT type, data FROM events WHERE business_id = $1 AND data->'object'->>'id' = $2 ORDER BY type`,
      [f.businessId, withCustomer.id],
    );
    expect(events.rows.map((e) => [e.type, e.data.object.customer_id])).toEqual([
      ['order.created', jana.id],
      ['order.paid', jana.id],
    ]);
    const logged = await t.db.query<{ status: string; error_code: string | null }>(
      'SELECT status, error_code FROM sync_mutations WHERE device_id = $1 ORDER BY seq',
      [device.device_id],
    );
    expect(logged.rows).toEqual([
      { status: 'applied', error_code: null },
      { status: 'applied', error_code: 'customer_not_found' },
      { status: 'applied', error_code: null },
    ]);
  });

  it('keeps a sale whose customer_id is no customer id at all, without it', async () => {
    const device = await pairTestDevice(app, f, 'Till D');
    const sale = { ...saleSnapshot(f), customer_id: 'cus_nonsense' };
    const res = await push(device.device_token, [mutation(1, 'order.completed', { order: sale })]);
    expect(res.results[0]).toMatchObject({ status: 'applied', error: { code: 'customer_not_found' } });
    expect((await api('GET', `/api/v1/orders/${sale.id}`)).json().customer_id).toBeNull();
  });
});
