import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordSale } from '../db/sales';
import { openShift } from '../db/shifts';
import { parkCart } from '../db/carts';
import { cartOf, freshTillDb, seedPairedTill, testProduct } from '../db/test-till';
import { TillDb, getSetting } from '../db/till-db';
import { createFakeSyncServer, type FakeSyncServer } from './fake-sync-server';
import { backoffDelay, type Timer } from './sync-backoff';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from './sync-engine';
import { pairFromUrl } from './sync-pairing';

const STAFF = 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
const cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function till(): Promise<{ db: TillDb; server: FakeSyncServer; product: Awaited<ReturnType<typeof seedPairedTill>>['product'] }> {
  const db = freshTillDb();
  cleanup.push(async () => {
    db.close();
    await Dexie_delete(db.name);
  });
  const { product } = await seedPairedTill(db);
  return { db, server: createFakeSyncServer(), product };
}

async function Dexie_delete(name: string): Promise<void> {
  await new TillDb(name).delete();
}

function engineFor(db: TillDb, server: FakeSyncServer, options: Partial<SyncEngineOptions> = {}): SyncEngine {
  const engine = createSyncEngine({ db, fetch: (input, init) => server.fetch(input, init), log: () => undefined, random: () => 1, ...options });
  cleanup.push(() => engine.stop());
  return engine;
}

/** Opens a shift and records `n` cash sales: outbox seqs 1 (shift) … n + 1. */
async function sell(db: TillDb, product: ReturnType<typeof testProduct>, n: number, openFirst = true): Promise<void> {
  if (openFirst) {
    const shift = await openShift(db, { staffId: STAFF, openingFloat: 0 });
    if (!shift.ok) throw new Error(shift.error.message);
  }
  for (let i = 0; i < n; i++) {
    const sale = await recordSale(db, { cart: cartOf(product), tenders: [{ method: 'cash', amount: 350, tendered: 500 }], staffId: STAFF });
    if (!sale.ok) throw new Error(sale.error.message);
  }
}

describe('backoffDelay', () => {
  it('doubles per attempt within [step/2, step], capped at the maximum', () => {
    const options = { baseMs: 1000, maxMs: 8000 };
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, options, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, options, () => 0))).toEqual([500, 1000, 2000, 4000]);
    for (let attempt = 1; attempt < 20; attempt++) {
      const delay = backoffDelay(attempt, options);
      expect(delay).toBeGreaterThanOrEqual(Math.min(8000, 1000 * 2 ** (attempt - 1)) / 2);
      expect(delay).toBeLessThanOrEqual(8000);
    }
  });
});

describe('push', () => {
  it('pushes the outbox in seq order in batches and deletes only what the server acknowledged', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 9);
    const engine = engineFor(db, server, { batchSize: 4 });
    expect((await engine.syncNow()).ok).toBe(true);
    expect(server.pushes).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10],
    ]);
    expect(server.applied.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(server.applied.map((m) => m.type)).toEqual(['shift.opened', ...Array(9).fill('order.completed')]);
    expect(await db.outbox.count()).toBe(0);
    expect(await getSetting(db, 'acked_seq')).toBe(10);
    expect(engine.status.get()).toMatchObject({ online: true, lastError: null });
    expect(engine.status.get().lastSyncAt).not.toBeNull();
  });

  it('keeps everything while the server is down and sends it once it is back', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 3);
    server.down = true;
    const engine = engineFor(db, server);
    const failed = await engine.syncNow();
    expect(failed).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(engine.status.get()).toMatchObject({ online: false, lastErrorCode: 'offline' });
    expect(await db.outbox.count()).toBe(4);
    server.down = false;
    expect((await engine.syncNow()).ok).toBe(true);
    expect(server.applied).toHaveLength(4);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a lost response is resent and answered with duplicates: every sale applied exactly once', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 5);
    server.loseNextResponse = true;
    const engine = engineFor(db, server);
    expect((await engine.syncNow()).ok).toBe(false);
    expect(await db.outbox.count()).toBe(6);
    expect((await engine.syncNow()).ok).toBe(true);
    expect(server.pushes).toEqual([
      [1, 2, 3, 4, 5, 6],
      [1, 2, 3, 4, 5, 6],
    ]);
    expect(server.applied.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(server.applied.map((m) => m.id)).size).toBe(6);
    expect(await db.outbox.count()).toBe(0);
  });

  it('on a 409 gap drops what the server holds and resends from the seq it expects', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 4);
    server.lastSeq = 2;
    server.gapOnce = 3;
    const engine = engineFor(db, server);
    expect((await engine.syncNow()).ok).toBe(true);
    expect(server.pushes).toEqual([
      [1, 2, 3, 4, 5],
      [3, 4, 5],
    ]);
    expect(server.applied.map((m) => m.seq)).toEqual([3, 4, 5]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('never deletes entries when the server expects a seq the till no longer holds', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 3);
    await db.outbox.where('seq').belowOrEqual(2).delete(); // acknowledged long ago
    server.lastSeq = 0; // a server restored from an old backup
    const engine = engineFor(db, server);
    const result = await engine.syncNow();
    expect(result).toMatchObject({ ok: false, error: { code: 'server_behind' } });
    expect(await db.outbox.count()).toBe(2);
    expect(engine.status.get().lastErrorCode).toBe('server_behind');
    // The catalog still updates while the push waits for support.
    expect(server.pulls).toEqual(['']);
  });

  it('stores rejected mutations for the UI and still moves on', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 3);
    server.rejectSeqs.add(3);
    const engine = engineFor(db, server);
    await engine.start();
    expect((await engine.syncNow()).ok).toBe(true);
    const rejected = await db.rejected.toArray();
    expect(rejected.map((r) => [r.seq, r.type, r.error.code])).toEqual([[3, 'order.completed', 'totals_mismatch']]);
    expect(rejected[0]!.payload).toHaveProperty('order');
    await vi.waitFor(() => expect(engine.status.get()).toMatchObject({ rejected: 1, unsyncedCount: 0 }));
  });

  it('halves the batch when the server says it is too large', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 7);
    server.maxBatch = 3;
    const engine = engineFor(db, server, { batchSize: 8 });
    expect((await engine.syncNow()).ok).toBe(true);
    // Halves on each 413, grows back after each full batch that went through.
    expect(server.pushes).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [1, 2, 3, 4],
      [1, 2],
      [3, 4, 5, 6],
      [3, 4],
      [5, 6, 7, 8],
      [5, 6],
      [7, 8],
    ]);
    expect(server.applied).toHaveLength(8);
  });

  it('sends smaller batches after a push times out', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 5);
    const original = server.fetch;
    let slow = true;
    server.fetch = async (input, init) => {
      if (slow && String(input).endsWith('/push')) {
        slow = false;
        throw new DOMException('The operation timed out.', 'TimeoutError');
      }
      return original(input, init);
    };
    const engine = engineFor(db, server, { batchSize: 6 });
    expect(await engine.syncNow()).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect((await engine.syncNow()).ok).toBe(true);
    expect(server.pushes).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('deletes nothing when a push answer is garbled', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 2);
    const original = server.fetch;
    server.fetch = async (input, init) => {
      const res = await original(input, init);
      if (!String(input).endsWith('/push')) return res;
      server.fetch = original;
      return new Response('{"results": "nope"}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const engine = engineFor(db, server);
    expect(await engine.syncNow()).toMatchObject({ ok: false, error: { code: 'bad_push_response' } });
    expect(await db.outbox.count()).toBe(3);
    expect((await engine.syncNow()).ok).toBe(true);
    expect(server.applied.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('reports a revoked device and does not drop anything', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 1);
    server.unauthorized = true;
    const engine = engineFor(db, server);
    expect(await engine.syncNow()).toMatchObject({ ok: false, error: { code: 'device_unauthorized' } });
    expect(await db.outbox.count()).toBe(2);
  });

  it('resumes after a restart: a new engine on the reopened database sends what is left, in order', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 6);
    const first = engineFor(db, server, { batchSize: 3 });
    server.loseNextResponse = false;
    // The first batch lands, then the till "crashes" before the next one.
    const original = server.fetch;
    let calls = 0;
    server.fetch = async (input, init) => {
      calls += 1;
      if (calls > 1) throw new TypeError('power cut');
      return original(input, init);
    };
    await first.syncNow();
    await first.stop();
    db.close();
    expect(server.applied.map((m) => m.seq)).toEqual([1, 2, 3]);

    const reopened = new TillDb(db.name);
    cleanup.push(async () => reopened.close());
    server.fetch = original;
    const second = engineFor(reopened, server, { batchSize: 3 });
    expect(await reopened.outbox.count()).toBe(4);
    expect((await second.syncNow()).ok).toBe(true);
    expect(server.applied.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await reopened.outbox.count()).toBe(0);
  });
});

describe('background loop', () => {
  it('retries with growing delays while the server is down, then syncs and resets', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 2);
    server.down = true;
    const delays: number[] = [];
    const pending: (() => void)[] = [];
    const timer: Timer = {
      set(fn, ms) {
        delays.push(ms);
        pending.push(fn);
        return pending.length;
      },
      clear: () => undefined,
    };
    const engine = engineFor(db, server, { timer, backoff: { baseMs: 100, maxMs: 400 }, pollIntervalMs: 10_000, stream: false });
    await engine.start();
    const fire = async (expectedDelays: number) => {
      await vi.waitFor(() => expect(delays.filter((d) => d <= 400)).toHaveLength(expectedDelays));
      const retry = delays.findLastIndex((d) => d <= 400);
      pending[retry]!();
    };
    await fire(1);
    await fire(2);
    await fire(3);
    await vi.waitFor(() => expect(delays.filter((d) => d <= 400)).toEqual([100, 200, 400, 400]));
    server.down = false;
    await fire(4);
    await vi.waitFor(() => expect(server.applied).toHaveLength(3));
    await vi.waitFor(() => expect(delays.at(-1)).toBe(10_000));
  });

  it('retries at once when the browser reports the network is back', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 1);
    server.down = true;
    const engine = engineFor(db, server, { backoff: { baseMs: 3_600_000, maxMs: 3_600_000 }, pollIntervalMs: 3_600_000, stream: false });
    await engine.start();
    await vi.waitFor(() => expect(engine.status.get().lastErrorCode).toBe('offline'));
    server.down = false;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(server.applied).toHaveLength(2));
  });

  it('pushes a new sale without waiting for the poll, and pulls when the stream pokes', async () => {
    const { db, server, product } = await till();
    const engine = engineFor(db, server, { pollIntervalMs: 3_600_000 });
    await engine.start();
    await vi.waitFor(() => expect(engine.status.get().streamConnected).toBe(true));
    await vi.waitFor(() => expect(server.pulls.length).toBeGreaterThanOrEqual(1));
    await sell(db, product, 1);
    await vi.waitFor(() => expect(server.applied).toHaveLength(2));
    await vi.waitFor(() => expect(engine.status.get().unsyncedCount).toBe(0));

    const pullsBefore = server.pulls.length;
    server.products = [testProduct({ id: 'prd_01KAQ2ZX4E8F9G1H2J3K5M6N7Q', name: 'Matcha', price: 420 })];
    server.poke();
    await vi.waitFor(() => expect(server.pulls.length).toBeGreaterThan(pullsBefore));
    await vi.waitFor(async () => expect(await db.products.get('prd_01KAQ2ZX4E8F9G1H2J3K5M6N7Q')).toMatchObject({ price: 420 }));
  });
});

describe('pull', () => {
  it('replaces the catalog on reset, applies deltas, and leaves parked carts and sales alone', async () => {
    const { db, server, product } = await till();
    await sell(db, product, 1);
    const parked = await parkCart(db, { cart: cartOf(product, 2), staffId: STAFF, label: 'Parked 10:00' });
    const engine = engineFor(db, server);
    const fresh = testProduct({ name: 'Espresso', price: 250 });
    server.products = [fresh];
    expect((await engine.syncNow()).ok).toBe(true);
    expect((await db.products.toArray()).map((p) => p.name)).toEqual(['Espresso']);
    expect(await getSetting(db, 'pull_cursor')).toBe('d1-1');

    server.products = [{ ...fresh, price: 260 }];
    server.deletedProducts = [];
    expect((await engine.syncNow()).ok).toBe(true);
    expect(server.pulls).toEqual(['', 'd1-1']);
    expect((await db.products.get(fresh.id))?.price).toBe(260);
    server.products = [];
    server.deletedProducts = [fresh.id];
    await engine.syncNow();
    expect(await db.products.count()).toBe(0);
    expect(parked.ok && (await db.parkedCarts.get(parked.value.id))?.cart.lines[0]?.unit_price).toBe(350);
    expect(await db.orders.count()).toBe(1);
  });
});

describe('pairing', () => {
  it('pairs with a one-time code, resets the counters, and refuses while sales are unsynced', async () => {
    const db = freshTillDb();
    cleanup.push(async () => db.delete());
    const server = createFakeSyncServer();
    const engine = engineFor(db, server);
    expect(await engine.pair('WRONG', { serverUrl: 'http://sync.test' })).toMatchObject({ ok: false, error: { code: 'pairing_code_invalid' } });
    const paired = await engine.pair('GOOD-CODE', { serverUrl: 'http://sync.test/', deviceName: 'Counter' });
    expect(paired).toMatchObject({ ok: true, value: { device_id: 'dev_01KAQ30B1C7K2M9N4P6R8T0V2Y', server_url: 'http://sync.test', device_name: 'Counter' } });
    expect(await getSetting(db, 'location')).toMatchObject({ currency: 'EUR' });
    expect(await getSetting(db, 'outbox_seq')).toBe(0);
    await db.products.put(testProduct());
    await sell(db, (await db.products.toArray())[0]!, 1);
    expect(await engine.pair('GOOD-CODE', { serverUrl: 'http://sync.test' })).toMatchObject({ ok: false, error: { code: 'unsynced_mutations' } });
  });

  it('refuses a pairing when a sale is recorded while its request runs, and keeps the old pairing and counters', async () => {
    const db = freshTillDb();
    cleanup.push(async () => db.delete());
    const server = createFakeSyncServer();
    let saleDuringRequest = false;
    const engine = createSyncEngine({
      db,
      log: () => undefined,
      random: () => 1,
      fetch: async (input, init) => {
        if (saleDuringRequest) {
          saleDuringRequest = false;
          await sell(db, (await db.products.toArray())[0]!, 1);
        }
        return server.fetch(input, init);
      },
    });
    cleanup.push(() => engine.stop());
    expect((await engine.pair('GOOD-CODE', { serverUrl: 'http://sync.test' })).ok).toBe(true);
    const first = await getSetting(db, 'pairing');
    await db.products.put(testProduct());
    saleDuringRequest = true;
    expect(await engine.pair('GOOD-CODE', { serverUrl: 'http://sync.test' })).toMatchObject({ ok: false, error: { code: 'unsynced_mutations' } });
    expect(await getSetting(db, 'pairing')).toEqual(first);
    expect(await getSetting(db, 'outbox_seq')).toBe(2);
    expect(await db.outbox.count()).toBe(2);
    expect(await db.products.count()).toBe(1);
  });

  it('connects the stream as soon as a running till is paired, and shows offline the moment the stream drops', async () => {
    const db = freshTillDb();
    cleanup.push(async () => db.delete());
    const server = createFakeSyncServer();
    const engine = engineFor(db, server, { pollIntervalMs: 3_600_000, backoff: { baseMs: 3_600_000, maxMs: 3_600_000 } });
    await engine.start();
    expect(engine.status.get()).toMatchObject({ paired: false, streamConnected: false });
    expect((await engine.pair('GOOD-CODE', { serverUrl: 'http://sync.test' })).ok).toBe(true);
    await vi.waitFor(() => expect(engine.status.get()).toMatchObject({ paired: true, streamConnected: true, online: true }));
    await vi.waitFor(() => expect(server.pulls).toContain(''));
    server.down = true;
    server.closeStreams();
    await vi.waitFor(() => expect(engine.status.get().streamConnected).toBe(false));
    await engine.stop();
  });

  it('pairFromUrl pairs a fresh till from ?pair=&server= and hands back the URL without them', async () => {
    const db = freshTillDb();
    cleanup.push(async () => db.delete());
    const server = createFakeSyncServer();
    const engine = engineFor(db, server);
    const result = await pairFromUrl(engine, 'http://127.0.0.1:5173/?pair=GOOD-CODE&server=http%3A%2F%2F127.0.0.1%3A8080&lang=de');
    expect(result).toEqual({ ok: true, value: { paired: true, cleanUrl: 'http://127.0.0.1:5173/?lang=de' } });
    expect((await getSetting(db, 'pairing'))?.server_url).toBe('http://127.0.0.1:8080');
    const again = await pairFromUrl(engine, 'http://127.0.0.1:5173/?pair=OTHER&server=http%3A%2F%2Fx');
    expect(again).toEqual({ ok: true, value: { paired: false, cleanUrl: 'http://127.0.0.1:5173/' } });
    expect(await pairFromUrl(engine, 'http://127.0.0.1:5173/')).toEqual({ ok: true, value: { paired: false, cleanUrl: 'http://127.0.0.1:5173/' } });
  });
});
