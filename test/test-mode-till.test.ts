// Test mode on the tills and in the back office (issue 13), through HTTP on every engine: a till
// paired with a test-mode code syncs its sales as test data — never in live orders, live API keys'
// views or the live dashboard — gets only test API orders as open orders, cannot touch live orders,
// and the back office's "View test data" (X-Pos-View: test) shows the test side only.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PairResponse, PullResponse } from '../core/sync/protocol';
import { newId } from '../core/ids';
import { buildApp } from '../sync-server/app';
import { createApiKey } from '../sync-server/auth/api-keys';
import { createPairingCode } from '../sync-server/auth/pairing-codes';
import { hashPassword } from '../sync-server/auth/passwords';
import { signIn, type SignedIn } from '../sync-server/backoffice/test-fixtures';
import { loadConfig } from '../sync-server/config';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { mutation, saleSnapshot } from '../sync-server/sync/test-sync-fixtures';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

const OWNER_PASSWORD = 'owner-pass-test-mode';

describe.each(TEST_ENGINES)('test-mode tills on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let f: TestBusiness;
  let live: string;
  let test: string;
  let liveTill: PairResponse;
  let testTill: PairResponse;
  let owner: SignedIn;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    f = await seedTestBusiness(t.db);
    app = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    const scopes = ['orders:read', 'orders:write', 'events:read'] as const;
    ({ key: live } = await createApiKey(t.db, { businessId: f.businessId, name: 'live', scopes: [...scopes], locationIds: 'all' }));
    ({ key: test } = await createApiKey(t.db, { businessId: f.businessId, name: 'sandbox', scopes: [...scopes], locationIds: 'all', livemode: false }));
    const email = `owner-${f.businessId.slice(-6).toLowerCase()}@example.com`;
    await t.db.query(`INSERT INTO users (id, business_id, email, name, role, password_hash) VALUES ($1, $2, $3, 'Olivia Owner', 'owner', $4)`, [
      newId('usr'),
      f.businessId,
      email,
      await hashPassword(OWNER_PASSWORD),
    ]);
    owner = await signIn(app, email, OWNER_PASSWORD);
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const pair = async (livemode: boolean, name: string) => {
    const { code } = await createPairingCode(t.db, { businessId: f.businessId, locationId: f.locationId, livemode });
    const res = await app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code, device_name: name } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as PairResponse;
  };
  const push = (till: PairResponse, seq: number, type: 'order.completed' | 'order.voided', payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/sync/v1/push',
      headers: { authorization: `Bearer ${till.device_token}` },
      payload: { mutations: [mutation(seq, type, payload as never)] },
    });
  const pull = async (till: PairResponse) => {
    const res = await app.inject({ method: 'GET', url: '/sync/v1/pull', headers: { authorization: `Bearer ${till.device_token}` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as PullResponse;
  };
  const api = (key: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
      ...(payload ? { payload } : {}),
    });
  const backoffice = (url: string, view: 'live' | 'test' = 'live') =>
    app.inject({ method: 'GET', url: `/backoffice/api${url}`, headers: { ...owner.headers, ...(view === 'test' ? { 'x-pos-view': 'test' } : {}) } });

  it('pairs a till with a test-mode code: the pairing, the device and its device.paired event say livemode false', async () => {
    liveTill = await pair(true, 'Counter');
    testTill = await pair(false, 'Training till');
    expect(liveTill.livemode).toBe(true);
    expect(testTill.livemode).toBe(false);
    const { rows } = await t.db.query<{ id: string; livemode: boolean }>('SELECT id, livemode FROM devices WHERE business_id = $1 ORDER BY id', [f.businessId]);
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: liveTill.device_id, livemode: true },
        { id: testTill.device_id, livemode: false },
      ]),
    );
    const testFeed = (await api(test, 'GET', '/api/v1/events?types=device.paired')).json().data as {
      device_id: string;
      livemode: boolean;
      data: { object: { livemode: boolean } };
    }[];
    expect(testFeed.map((e) => e.device_id)).toEqual([testTill.device_id]);
    expect(testFeed[0]).toMatchObject({ livemode: false, data: { object: { livemode: false } } });
    const liveFeed = (await api(live, 'GET', '/api/v1/events?types=device.paired')).json().data as { device_id: string }[];
    expect(liveFeed.map((e) => e.device_id)).toEqual([liveTill.device_id]);
  });

  it('gives each till the open API orders of its own mode only', async () => {
    const order = async (key: string) =>
      (await api(key, 'POST', '/api/v1/orders', { location_id: f.locationId, items: [{ product_id: f.productIds[0], quantity: 1 }] })).json().id as string;
    const testOrder = await order(test);
    const liveOrder = await order(live);
    const onTest = (await pull(testTill)).open_orders.upserted.map((o) => o.id);
    const onLive = (await pull(liveTill)).open_orders.upserted.map((o) => o.id);
    expect(onTest).toContain(testOrder);
    expect(onTest).not.toContain(liveOrder);
    expect(onLive).toContain(liveOrder);
    expect(onLive).not.toContain(testOrder);
  });

  it("syncs a test till's sales as test data that live keys, the live dashboard and live back-office views never show", async () => {
    const liveSale = saleSnapshot(f);
    const testSale = saleSnapshot(f, { quantity: 3 });
    expect((await push(liveTill, 1, 'order.completed', { order: liveSale })).json().results[0]).toMatchObject({ status: 'applied' });
    expect((await push(testTill, 1, 'order.completed', { order: testSale })).json().results[0]).toMatchObject({ status: 'applied' });

    expect((await api(test, 'GET', `/api/v1/orders/${testSale.id}`)).json()).toMatchObject({ id: testSale.id, source: 'till', livemode: false });
    expect((await api(live, 'GET', `/api/v1/orders/${testSale.id}`)).statusCode).toBe(404);
    expect((await api(test, 'GET', `/api/v1/orders/${liveSale.id}`)).statusCode).toBe(404);
    const events = (await t.db.query<{ livemode: boolean }>(`SELECT DISTINCT livemode FROM events WHERE data->'object'->>'id' = $1`, [testSale.id])).rows;
    expect(events).toEqual([{ livemode: false }]);

    // The test till cannot void a live sale (nor the live till a test one): "unknown order", kept as rejected.
    const voidLive = await push(testTill, 2, 'order.voided', {
      order_id: liveSale.id,
      reason: 'training',
      staff_id: f.staffId,
      shift_id: null,
      voided_at: new Date().toISOString(),
      reversals: [],
    });
    expect(voidLive.json().results[0]).toMatchObject({ status: 'rejected', error: { code: 'unknown_order' } });
    expect((await api(live, 'GET', `/api/v1/orders/${liveSale.id}`)).json().status).toBe('paid');

    const ids = async (view: 'live' | 'test') => ((await backoffice('/orders?limit=100', view)).json().data as { id: string }[]).map((o) => o.id);
    expect(await ids('live')).toContain(liveSale.id);
    expect(await ids('live')).not.toContain(testSale.id);
    expect(await ids('test')).toContain(testSale.id);
    expect(await ids('test')).not.toContain(liveSale.id);
    expect((await backoffice(`/orders/${testSale.id}`)).statusCode).toBe(404);
    expect((await backoffice(`/orders/${testSale.id}`, 'test')).statusCode).toBe(200);

    // Today's sales on the dashboard: the live view counts the live sale (and the live API order's total is not a sale yet).
    const today = async (view: 'live' | 'test') =>
      ((await backoffice('/dashboard', view)).json().locations as { location_id: string; gross_sales: number }[]).find((l) => l.location_id === f.locationId)!
        .gross_sales;
    const liveGross = (
      await t.db.query<{ gross: number }>(
        `SELECT coalesce(sum(total), 0)::int AS gross FROM orders WHERE location_id = $1 AND livemode AND status <> 'voided'`,
        [f.locationId],
      )
    ).rows[0]!.gross;
    const testGross = (
      await t.db.query<{ gross: number }>(
        `SELECT coalesce(sum(total), 0)::int AS gross FROM orders WHERE location_id = $1 AND NOT livemode AND status <> 'voided'`,
        [f.locationId],
      )
    ).rows[0]!.gross;
    expect(testGross).toBeGreaterThanOrEqual(testSale.totals.total);
    expect(await today('live')).toBe(liveGross);
    expect(await today('test')).toBe(testGross);
  });

  it('the back office creates test-mode pairing codes and keys, and marks test devices', async () => {
    const code = await app.inject({
      method: 'POST',
      url: '/backoffice/api/devices/pairing-codes',
      headers: owner.headers,
      payload: { location_id: f.locationId, livemode: false },
    });
    expect(code.statusCode, code.body).toBe(201);
    expect(code.json()).toMatchObject({ livemode: false });
    const key = await app.inject({
      method: 'POST',
      url: '/backoffice/api/api-keys',
      headers: owner.headers,
      payload: { name: 'sandbox', scopes: ['orders:read'], locations: 'all', livemode: false },
    });
    expect(key.statusCode, key.body).toBe(201);
    expect(key.json()).toMatchObject({ livemode: false, key: expect.stringMatching(/^pos_test_/), prefix: expect.stringMatching(/^pos_test_/) });
    const devices = (await backoffice('/devices')).json().data as { id: string; livemode: boolean }[];
    expect(devices.find((d) => d.id === testTill.device_id)?.livemode).toBe(false);
    expect(devices.find((d) => d.id === liveTill.device_id)?.livemode).toBe(true);
  });

  it('a till pulls only the customers of its own mode; a sale naming a customer of the other mode keeps no customer', async () => {
    const [liveCustomer, testCustomer] = [newId('cus'), newId('cus')];
    await t.db.query(
      `INSERT INTO customers (id, business_id, name, phone, livemode) VALUES ($1, $2, 'Lena Live', '+49 30 1234567', true), ($3, $2, 'Tom Test', '+49 30 7654321', false)`,
      [liveCustomer, f.businessId, testCustomer],
    );
    const pulledIds = async (till: PairResponse) => ((await pull(till)).customers?.upserted ?? []).map((c) => c.id);
    expect(await pulledIds(liveTill)).toContain(liveCustomer);
    expect(await pulledIds(liveTill)).not.toContain(testCustomer);
    expect(await pulledIds(testTill)).toEqual([testCustomer]);
    // A fresh test till (seq 1): a live customer's id on its sale is unknown to it; the sale is kept.
    const training = await pair(false, 'Second training till');
    const sale = { ...saleSnapshot(f), customer_id: liveCustomer };
    const result = (await push(training, 1, 'order.completed', { order: sale })).json().results[0];
    expect(result).toMatchObject({ status: 'applied', error: { code: 'customer_not_found' } });
    const { rows } = await t.db.query<{ customer_id: string | null; livemode: boolean }>('SELECT customer_id, livemode FROM orders WHERE id = $1', [sale.id]);
    expect(rows).toEqual([{ customer_id: null, livemode: false }]);
  });
});
