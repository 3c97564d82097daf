// The real till sync engine (Dexie on fake-indexeddb) against the real server over real HTTP,
// through a proxy that can stand in for a dead server and can lose a response after the server
// applied the request. Every sale must arrive exactly once, with its events.
import 'fake-indexeddb/auto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../sync-server/app';
import { createApiKey } from '../sync-server/auth/api-keys';
import { loadConfig } from '../sync-server/config';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { createPairingCode } from '../sync-server/sync/test-sync-fixtures';
import { cartFromOpenOrder, cartLineFromProduct, newCart, recordSale } from '../renderer/db/sales';
import { closeShift, openShift } from '../renderer/db/shifts';
import { TillDb } from '../renderer/db/till-db';
import { createSyncEngine, type SyncEngine } from '../renderer/sync/sync-engine';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

/** A TCP-level stand-in for the network between till and server. */
class FlakyProxy {
  target: number | null = null;
  dropNextPushResponse = false;
  droppedPushes = 0;
  private readonly server: Server;
  url = '';

  constructor() {
    this.server = createServer((req, res) => this.handle(req, res));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    if (this.target === null) {
      req.socket.destroy(); // the server is down: the connection just dies
      return;
    }
    const upstream = httpRequest({ host: '127.0.0.1', port: this.target, method: req.method, path: req.url, headers: req.headers }, (up) => {
      if (req.url === '/sync/v1/push' && this.dropNextPushResponse) {
        // Let the server finish (it has applied the batch), then lose its answer.
        this.dropNextPushResponse = false;
        this.droppedPushes += 1;
        up.resume();
        up.on('end', () => req.socket.destroy());
        return;
      }
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  }
}

describe.each(TEST_ENGINES)('till sync engine ↔ real server on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance | null = null;
  let proxy: FlakyProxy;
  let f: TestBusiness;
  const dbName = `till-cross-${randomUUID()}`;
  let till: TillDb;
  let sync: SyncEngine;
  const STAFF_CASH = 350;

  async function startServer(): Promise<void> {
    app = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    proxy.target = (app.server.address() as AddressInfo).port;
  }

  async function stopServer(): Promise<void> {
    proxy.target = null;
    await app?.close();
    app = null;
  }

  function newEngine(): SyncEngine {
    return createSyncEngine({ db: till, batchSize: 20, backoff: { baseMs: 20, maxMs: 200 }, pollIntervalMs: 3_600_000, log: () => undefined });
  }

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    f = await seedTestBusiness(t.db);
    proxy = new FlakyProxy();
    await proxy.listen();
    await startServer();
    till = new TillDb(dbName);
    sync = newEngine();
  });

  afterAll(async () => {
    await sync?.stop();
    till?.close();
    await new TillDb(dbName).delete();
    await app?.close();
    await proxy?.close();
    await t?.close();
  });

  it('pairs with a one-time code and pulls the catalog into Dexie', async () => {
    const code = await createPairingCode(t.db, f);
    const paired = await sync.pair(code, { serverUrl: proxy.url, deviceName: 'Cross till' });
    expect(paired.ok).toBe(true);
    expect((await sync.syncNow()).ok).toBe(true);
    expect((await till.products.toArray()).map((p) => p.id).sort()).toEqual([...f.productIds].sort());
    expect(await till.taxRates.count()).toBe(1);
    expect(await till.staff.get(f.staffId)).toMatchObject({ name: 'Casey', role: 'cashier' });
  });

  it('sells 50 times offline, survives a till restart and a lost response, and every sale arrives exactly once', async () => {
    const product = (await till.products.get(f.productIds[0]))!;
    const tax = (await till.taxRates.get(product.tax_rate_id))!;
    await stopServer();

    const shift = await openShift(till, { staffId: f.staffId, openingFloat: 10_000 });
    expect(shift.ok).toBe(true);
    const orderIds: string[] = [];
    for (let i = 0; i < 50; i++) {
      const cart = newCart();
      cart.lines.push(cartLineFromProduct(product, tax));
      const sale = await recordSale(till, { cart, tenders: [{ method: 'cash', amount: product.price, tendered: 500 }], staffId: f.staffId });
      if (!sale.ok) throw new Error(sale.error.message);
      orderIds.push(sale.value.order.id);
      if (i === 10) {
        const offline = await sync.syncNow();
        expect(offline).toMatchObject({ ok: false, error: { code: 'offline' } });
        expect(sync.status.get().online).toBe(false);
      }
    }
    expect(await till.outbox.count()).toBe(51);

    // The till restarts (page reload): a new database handle and a new engine.
    await sync.stop();
    till.close();
    till = new TillDb(dbName);
    sync = newEngine();
    expect(await till.outbox.count()).toBe(51);

    await startServer();
    proxy.dropNextPushResponse = true;
    const lost = await sync.syncNow();
    expect(lost.ok).toBe(false);
    expect(proxy.droppedPushes).toBe(1);
    expect(await till.outbox.count()).toBe(51); // nothing acknowledged, nothing deleted
    expect((await sync.syncNow()).ok).toBe(true);
    expect(await till.outbox.count()).toBe(0);

    const device = (await till.settings.get('pairing'))!.value as { device_id: string };
    const orders = await t.db.query<{ id: string; n: number }>('SELECT id, count(*)::int AS n FROM orders WHERE device_id = $1 GROUP BY id', [
      device.device_id,
    ]);
    expect(orders.rows.map((r) => r.id).sort()).toEqual([...orderIds].sort());
    expect(orders.rows.every((r) => r.n === 1)).toBe(true);
    const mutations = await t.db.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM sync_mutations WHERE device_id = $1 GROUP BY status',
      [device.device_id],
    );
    expect(mutations.rows).toEqual([{ status: 'applied', n: 51 }]);
    const events = await t.db.query<{ type: string; n: number }>(
      `SELECT type, count(*)::int AS n FROM events WHERE device_id = $1 AND type IN ('order.created', 'payment.succeeded', 'order.paid') GROUP BY type ORDER BY type`,
      [device.device_id],
    );
    expect(events.rows).toEqual([
      { type: 'order.created', n: 50 },
      { type: 'order.paid', n: 50 },
      { type: 'payment.succeeded', n: 50 },
    ]);
    // The till's last request (the pull after the push) reported an empty outbox.
    const reported = await t.db.query<{ unsynced_count: number }>('SELECT unsynced_count FROM device_sync_state WHERE device_id = $1', [device.device_id]);
    expect(reported.rows).toEqual([{ unsynced_count: 0 }]);
    const paid = await t.db.query<{ total: number }>('SELECT sum(total)::int AS total FROM orders WHERE device_id = $1', [device.device_id]);
    expect(paid.rows[0]!.total).toBe(50 * STAFF_CASH);

    const closed = await closeShift(till, { staffId: f.staffId, countedCash: 10_000 + 50 * STAFF_CASH });
    expect(closed.ok && closed.value.report?.variance).toBe(0);
    expect((await sync.syncNow()).ok).toBe(true);
    const z = await t.db.query<{ variance: number }>('SELECT variance FROM shifts WHERE device_id = $1', [device.device_id]);
    expect(z.rows).toEqual([{ variance: 0 }]);
  });

  it('shows an order created through the API on the till within moments (SSE poke), and takes it off once paid', async () => {
    await sync.start();
    await vi.waitFor(() => expect(sync.status.get().streamConnected).toBe(true), { timeout: 10_000 });
    const key = (await createApiKey(t.db, { businessId: f.businessId, name: 'cross', scopes: ['orders:write', 'orders:read'], locationIds: 'all' })).key;
    const res = await fetch(`${proxy.url}/api/v1/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ location_id: f.locationId, items: [{ product_id: f.productIds[1], quantity: 2 }] }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; totals: { total: number } };
    await vi.waitFor(async () => expect(await till.openOrders.get(created.id)).toMatchObject({ total: created.totals.total }), { timeout: 10_000 });

    // The cashier takes payment for it; the engine (running) pushes the sale by itself.
    expect((await openShift(till, { staffId: f.staffId, openingFloat: 0 })).ok).toBe(true);
    const open = (await till.openOrders.get(created.id))!;
    const sale = await recordSale(till, {
      cart: cartFromOpenOrder(open),
      tenders: [{ method: 'cash', amount: open.total, tendered: open.total }],
      staffId: f.staffId,
    });
    expect(sale.ok).toBe(true);
    expect(await till.openOrders.get(created.id)).toBeUndefined();
    await vi.waitFor(
      async () => {
        const { rows } = await t.db.query<{ status: string }>('SELECT status FROM orders WHERE id = $1', [created.id]);
        expect(rows[0]?.status).toBe('paid');
      },
      { timeout: 10_000 },
    );
    await vi.waitFor(() => expect(sync.status.get()).toMatchObject({ unsyncedCount: 0, rejected: 0 }), { timeout: 10_000 });
    const events = await t.db.query<{ type: string }>(
      `SELECT type FROM events WHERE data->'object'->>'id' = $1 OR data->'object'->>'order_id' = $1 ORDER BY xact_id, seq`,
      [created.id],
    );
    expect(events.rows.map((e) => e.type)).toEqual(['order.created', 'payment.succeeded', 'order.paid']);
  });
});
