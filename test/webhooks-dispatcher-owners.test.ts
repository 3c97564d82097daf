// One dispatcher at a time per endpoint (issue 12): each endpoint is held by the dispatcher that
// leased its window, which keeps the per-endpoint cap in memory. Two dispatchers on separate pools
// (PostgreSQL: PGlite is one connection in one process) against one receiver that counts the
// requests open per endpoint: never more than the cap, every delivery exactly once while both live;
// one that stops gracefully lets go of its endpoints and its unstarted leases; one that dies (its
// database calls never return) is taken over once its hold runs out, and what it sent but could not
// record is sent once more — at least once.
import { describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../sync-server/storage/database';
import { dispatcherTestKit, eventually, startDispatcher, startReceiver, testPolicy } from '../sync-server/webhooks/webhooks-test-support';

const CAP = 2;

/** A receiver that answers after `delayMs` and notes, per endpoint (`?e=`), the most requests open at once. */
async function countingReceiver(delayMs = 5) {
  const open = new Map<string, number>();
  const most = new Map<string, number>();
  const receiver = await startReceiver(() => ({ status: 200, delayMs }));
  const reply = receiver.reply;
  receiver.reply = (request, index) => {
    const endpoint = new URL(request.path, 'http://x').searchParams.get('e')!;
    const now = (open.get(endpoint) ?? 0) + 1;
    open.set(endpoint, now);
    most.set(endpoint, Math.max(most.get(endpoint) ?? 0, now));
    setTimeout(() => open.set(endpoint, open.get(endpoint)! - 1), delayMs);
    return reply(request, index);
  };
  /** How many requests carried each (endpoint, event). */
  const sends = () => {
    const counts = new Map<string, number>();
    for (const q of receiver.requests) {
      const key = `${new URL(q.path, 'http://x').searchParams.get('e')} ${String(q.headers['x-pos-event-id'])}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  return { receiver, most, sends };
}

/**
 * A database that, from `die()` on, never answers a new call — as a killed instance: a transaction
 * already open fails (the server rolls back a dead client's transaction and frees its locks).
 */
function mortal(inner: Database) {
  let dead = false;
  const never = () => new Promise<never>(() => undefined);
  const gone = () => Promise.reject(new Error('the instance is gone'));
  const inTransaction = (tx: Queryable): Queryable => ({
    query: (sql, params) => (dead ? gone() : tx.query(sql, params)),
    exec: (sql) => (dead ? gone() : tx.exec(sql)),
  });
  const db: Database = {
    ...inner,
    query: (sql, params) => (dead ? never() : inner.query(sql, params)),
    exec: (sql) => (dead ? never() : inner.exec(sql)),
    transaction: (fn) => (dead ? never() : inner.transaction((tx) => fn(inTransaction(tx)))),
  };
  return { db, die: () => (dead = true) };
}

describe.runIf(process.env.POS_TEST_DATABASE_URL)('webhook endpoints held by one dispatcher at a time (postgres)', () => {
  const kit = dispatcherTestKit('postgres');

  it('two live dispatchers: every delivery exactly once, never more than the cap open per endpoint; a stopped one lets go', async () => {
    const { receiver, most, sends } = await countingReceiver(20);
    kit.cleanups.push(() => receiver.close());
    const endpoints = [];
    for (let i = 0; i < 3; i++) endpoints.push(await kit.endpoint(`${receiver.url}?e=${i}`));
    const policy = testPolicy({ concurrencyPerEndpoint: CAP });
    const a = await startDispatcher(kit.db, policy);
    const b = await startDispatcher(await kit.handle.reopen(), policy);
    kit.cleanups.push(
      () => a.stop(),
      () => b.stop(),
    );
    const events: string[] = [];
    // In trickles, so that both dispatchers wake with work due for endpoints the other one is sending to.
    for (let i = 0; i < 40; i++) {
      events.push((await kit.emit()).id);
      if (i % 4 === 3) await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await receiver.waitFor(120, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // a double send would show up now
    expect([...sends().values()].every((n) => n === 1)).toBe(true);
    expect(sends().size).toBe(120);
    for (const endpoint of ['0', '1', '2']) expect(most.get(endpoint)).toBeLessThanOrEqual(CAP);

    // Stopped mid-window: each gives back what it leased and did not start, and lets go of its endpoints.
    for (let i = 0; i < 20; i++) await kit.emit();
    await receiver.waitFor(121, 10_000);
    await Promise.all([a.stop(), b.stop()]);
    const left = await kit.db.query<{ held: number; leased: number; pending: number }>(
      `SELECT (SELECT count(*)::int FROM webhook_endpoints WHERE dispatcher_id IS NOT NULL) AS held,
              (SELECT count(*)::int FROM webhook_deliveries WHERE lease_until IS NOT NULL) AS leased,
              (SELECT count(*)::int FROM webhook_deliveries WHERE status = 'pending') AS pending`,
    );
    expect(left.rows[0]).toMatchObject({ held: 0, leased: 0 });
    expect(left.rows[0]!.pending).toBeGreaterThan(0); // not all sent: the leases given back were real
  });

  it('a dispatcher that dies mid-window is taken over once its hold runs out; what it sent unrecorded is sent once more', async () => {
    const { receiver, most, sends } = await countingReceiver();
    kit.cleanups.push(() => receiver.close());
    const endpoints = [];
    for (let i = 0; i < 3; i++) endpoints.push(await kit.endpoint(`${receiver.url}?e=${i}`));
    const policy = testPolicy({ concurrencyPerEndpoint: CAP, leaseMs: 1_500 });
    const dying = mortal(await kit.handle.reopen());
    const first = await startDispatcher(dying.db, policy);
    // Never awaited: a dead dispatcher's stop waits for calls that never return (it stops claiming at once).
    kit.cleanups.push(async () => void first.stop());
    const events: string[] = [];
    for (let i = 0; i < 30; i++) events.push((await kit.emit()).id);
    await receiver.waitFor(10, 10_000);
    dying.die(); // mid-window: leased deliveries not started, attempts sent and not recorded
    const sentByFirst = receiver.requests.length;
    const holds = await kit.db.query<{ n: number }>('SELECT count(*)::int AS n FROM webhook_endpoints WHERE dispatcher_id = $1', [first.dispatcher.id]);
    expect(holds.rows[0]!.n).toBeGreaterThan(0);
    const survivor = await startDispatcher(kit.db, policy);
    kit.cleanups.push(() => survivor.stop());
    await eventually(
      async () => (await kit.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status <> 'succeeded'`)).rows[0]!.n === 0,
      20_000,
      'every delivery succeeded',
    );
    const counts = sends();
    expect(counts.size).toBe(90); // none lost
    const twice = [...counts.values()].filter((n) => n > 1);
    expect(twice.every((n) => n === 2)).toBe(true); // at least once, and only once more
    expect(twice.length).toBeLessThanOrEqual(sentByFirst); // only what the dead one had sent
    for (const endpoint of ['0', '1', '2']) expect(most.get(endpoint)).toBeLessThanOrEqual(CAP);
    const { rows } = await kit.db.query<{ dispatcher_id: string | null }>('SELECT DISTINCT dispatcher_id FROM webhook_endpoints WHERE id = ANY ($1)', [
      endpoints.map((e) => e.id),
    ]);
    expect(rows.map((r) => r.dispatcher_id)).not.toContain(first.dispatcher.id);
  });
});
