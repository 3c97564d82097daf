// Batched claims and batched recording: a claim round leases a batch per endpoint with its contexts
// on the partial index (EXPLAIN shows it reads a bounded range whatever the backlog); a flush with one
// attempt that cannot be recorded loses none of the others; a flush that fails transiently is retried
// without sending again; a worker that dies between the POST and its record sends the delivery again
// once its lease expires — at least once, and only once more. On PGlite, whose statements never yield
// to the event loop, the dispatcher runs a bounded number of statements per event-loop turn (what
// starved the HTTP attempts in flight with ten endpoints under load).
import { afterEach, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../sync-server/storage/database';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { CLAIM_SQL, claimDueDeliveries } from '../sync-server/webhooks/webhook-claim';
import { AttemptRecorder, type AttemptRecord } from '../sync-server/webhooks/webhook-recorder';
import { dispatcherTestKit, eventually, startDispatcher, testPolicy } from '../sync-server/webhooks/webhooks-test-support';

const ok = { ok: true, statusCode: 200, durationMs: 3, responseBody: 'ok', errorClass: null, errorMessage: null, retryAfterMs: null } as const;

/**
 * A database that fails or never finishes from a chosen moment on: `failRecords` attempt INSERTs fail
 * as if the server restarted (a transient error: the transaction rolls back); with `hang`, every
 * statement or transaction started waits forever (a worker that died) until `release()`.
 */
function faultyDatabase(inner: Database) {
  const hung: ((error: Error) => void)[] = [];
  const state = { failRecords: 0, hang: false };
  const faulty = (tx: Queryable): Queryable => ({
    query: (sql, params) => {
      if (state.hang) return new Promise((_, reject) => hung.push(reject));
      if (state.failRecords > 0 && sql.includes('INSERT INTO webhook_attempts')) {
        state.failRecords--;
        return Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' }));
      }
      return tx.query(sql, params);
    },
    exec: (sql) => tx.exec(sql),
  });
  const db: Database = {
    ...inner,
    ...faulty(inner),
    transaction: (fn) => (state.hang ? new Promise((_, reject) => hung.push(reject)) : inner.transaction((tx) => fn(faulty(tx)))),
  };
  const release = () => {
    state.hang = false;
    hung.splice(0).forEach((reject) => reject(new Error('the worker is gone')));
  };
  return { db, state, release };
}

describe.each(TEST_ENGINES)('webhook dispatcher batching (%s)', (engine) => {
  const kit = dispatcherTestKit(engine);
  afterEach(async () => {
    await kit.db.exec('DROP TRIGGER IF EXISTS refuse_attempt ON webhook_attempts; DROP FUNCTION IF EXISTS refuse_attempt()');
  });

  it('claims a batch per endpoint within its cap, each lease with its envelope, endpoint and secrets (read once per endpoint)', async () => {
    const a = await kit.endpoint('https://a.example.com/hook');
    const b = await kit.endpoint('https://b.example.com/hook', { payload: 'thin' });
    const events = [];
    for (let i = 0; i < 6; i++) events.push(await kit.emit());
    const policy = testPolicy({ concurrencyPerEndpoint: 4 });
    const leases = await claimDueDeliveries(kit.db, policy, 64);
    expect(leases).toHaveLength(8); // 4 of 6 for each endpoint: the cap
    for (const endpoint of [a, b]) {
      const mine = leases.filter((l) => l.context?.endpoint.id === endpoint.id);
      expect(mine.map((l) => l.context!.eventId)).toEqual(events.slice(0, 4).map((e) => e.id)); // oldest first
      for (const lease of mine) {
        expect(lease.context).toMatchObject({ deliveryId: lease.id, endpoint: { url: endpoint.url, payload: endpoint.payload, headers: {} } });
        expect(lease.context!.sealedSecrets).toHaveLength(1);
        expect(lease.context!.endpoint).toBe(mine[0]!.context!.endpoint); // one object per endpoint, from one row
      }
    }
    expect(JSON.parse(leases[0]!.context!.envelopeJson)).toEqual(events[0]);
    expect(await claimDueDeliveries(kit.db, policy, 64)).toEqual([]); // both at their cap
  });

  it('picks each endpoint’s due deliveries from the partial index, a bounded range with 10 000 pending', async () => {
    const endpoint = await kit.endpoint('https://a.example.com/hook');
    const event = await kit.emit();
    // 10 000 more pending deliveries queued in one transaction: one next_attempt_at for all of them.
    await kit.db.query(
      `INSERT INTO webhook_deliveries (id, business_id, endpoint_id, event_id, event_type)
       SELECT 'dlv_backlog_' || lpad(n::text, 5, '0'), $1, $2, $3, 'order.paid' FROM generate_series(1, 10000) AS n`,
      [kit.biz.businessId, endpoint.id, event.id],
    );
    await kit.db.exec('ANALYZE webhook_deliveries');
    type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Actual Rows': number; 'Actual Loops': number; Plans?: PlanNode[] };
    const nodes: PlanNode[] = [];
    // EXPLAIN ANALYZE runs the UPDATE: in a transaction rolled back afterwards.
    await expect(
      kit.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${CLAIM_SQL}`, ['dispatcher-a', [], 16, 4, 5_000, 64]);
        const raw = rows[0]!['QUERY PLAN'];
        const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
        const walk = (node: PlanNode) => {
          nodes.push(node);
          for (const child of node.Plans ?? []) walk(child);
        };
        walk(plan[0]!.Plan);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const deliveryScans = nodes.filter((n) => n['Relation Name'] === 'webhook_deliveries');
    expect(deliveryScans.map((n) => n['Node Type'])).not.toContain('Seq Scan');
    const pick = deliveryScans.find((n) => n['Index Name'] === 'webhook_deliveries_pending');
    expect(pick, JSON.stringify(deliveryScans.map((n) => [n['Node Type'], n['Index Name']]))).toBeDefined();
    expect(pick!['Node Type']).toMatch(/Index (Only )?Scan/);
    // The pick stops at the cap: it never walks (or sorts) the 10 000 ties.
    expect(pick!['Actual Rows']).toBeLessThanOrEqual(4);
    // Every read of webhook_deliveries (the endpoint's first due one, the window, the leased rows by id) stays within the window.
    for (const n of deliveryScans) expect(n['Actual Rows'] * n['Actual Loops'], n['Node Type']).toBeLessThanOrEqual(4);
    expect(nodes.filter((n) => /Sort/.test(n['Node Type'])).every((n) => n['Actual Rows'] <= 4)).toBe(true);
  });

  it('leases the next window as soon as a full one is claimed, before the cap frees a slot (claims stay off the send path)', async () => {
    const hung = await kit.receiver(() => 'hang');
    const endpoint = await kit.endpoint(hung.url);
    const event = await kit.emit();
    // 99 more due deliveries, queued without a notification: only the dispatcher's first round and what it chains claim them.
    await kit.db.query(
      `INSERT INTO webhook_deliveries (id, business_id, endpoint_id, event_id, event_type)
       SELECT 'dlv_burst_' || lpad(n::text, 3, '0'), $1, $2, $3, 'order.paid' FROM generate_series(1, 99) AS n`,
      [kit.biz.businessId, endpoint.id, event.id],
    );
    // A long lease: nothing waits long enough to be given back (which would wake another round).
    await kit.dispatcher(testPolicy({ concurrencyPerEndpoint: 4, leaseMs: 60_000 }), { timeoutMs: 8_000 }, { pollIntervalMs: 600_000 });
    await hung.waitFor(4);
    // 8 from idle, 32, then the rest: all leased while the four first attempts still hang (without the chaining: 40).
    const leased = async () =>
      (await kit.db.query<{ n: number }>('SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1 AND lease_until > now()', [endpoint.id]))
        .rows[0]!.n;
    await eventually(async () => (await leased()) === 100, 5_000, 'all 100 leased');
    expect(hung.requests).toHaveLength(4);
  });

  it('a flush with one attempt that cannot be recorded loses none of the others', async () => {
    const endpoint = await kit.endpoint('https://a.example.com/hook');
    for (let i = 0; i < 3; i++) await kit.emit();
    const leases = await claimDueDeliveries(kit.db, testPolicy(), 10);
    expect(leases).toHaveLength(3);
    const poisoned = leases[1]!.id;
    await kit.db.exec(`CREATE FUNCTION refuse_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.delivery_id = '${poisoned}' THEN RAISE EXCEPTION 'this attempt cannot be stored'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_attempt BEFORE INSERT ON webhook_attempts FOR EACH ROW EXECUTE FUNCTION refuse_attempt()`);
    const flushes: number[] = [];
    const recorder = new AttemptRecorder(kit.db, testPolicy(), (size) => flushes.push(size));
    const record = (id: string, token: string): AttemptRecord => ({
      deliveryId: id,
      leaseToken: token,
      mode: 'scheduled',
      startedAt: new Date(),
      signature: 't=1,v1=00',
      result: ok,
    });
    const results = await Promise.allSettled(leases.map((l) => recorder.record(record(l.id, l.lease_token), Date.now() + 5_000)));
    expect(flushes).toEqual([3]); // queued together, written as one flush first
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ message: expect.stringMatching(/cannot be stored/) });
    const rows = await kit.deliveries(endpoint.id);
    expect(rows.map((d) => [d.id, d.status, d.attempt_count])).toEqual(
      leases.map((l) => [l.id, l.id === poisoned ? 'pending' : 'succeeded', l.id === poisoned ? 0 : 1]),
    );
    expect(await kit.attempts(endpoint.id)).toHaveLength(2);
  });

  it('paces flushes while attempts keep finishing: the next waits for the gap or a minimum batch, never longer than the gap', async () => {
    const endpoint = await kit.endpoint('https://a.example.com/hook');
    for (let i = 0; i < 6; i++) await kit.emit();
    const leases = await claimDueDeliveries(kit.db, testPolicy({ concurrencyPerEndpoint: 6 }), 10);
    expect(leases).toHaveLength(6);
    const record = (l: (typeof leases)[number]) =>
      ({ deliveryId: l.id, leaseToken: l.lease_token, mode: 'scheduled', startedAt: new Date(), signature: 't=1,v1=00', result: ok }) as AttemptRecord;
    const flushes: number[] = [];
    const busy = new AttemptRecorder(kit.db, testPolicy(), (size) => flushes.push(size), { gapMs: 600_000, minBatch: 2 });
    await busy.record(record(leases[0]!), Date.now() + 5_000); // idle: flushed at once
    const second = busy.record(record(leases[1]!), Date.now() + 5_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(flushes).toEqual([1]); // within the gap and below the minimum batch: it waits…
    await Promise.all([second, busy.record(record(leases[2]!), Date.now() + 5_000)]);
    expect(flushes).toEqual([1, 2]); // …until the batch is full
    const third = busy.record(record(leases[3]!), Date.now() + 5_000);
    await busy.drain(); // a drain does not wait for the gap
    await third;
    expect(flushes).toEqual([1, 2, 1]);
    // A short gap: a lone record after a flush is written once the gap is over, without any other.
    const quiet = new AttemptRecorder(kit.db, testPolicy(), undefined, { gapMs: 20, minBatch: 64 });
    await quiet.record(record(leases[4]!), Date.now() + 5_000);
    await quiet.record(record(leases[5]!), Date.now() + 5_000);
    expect((await kit.deliveries(endpoint.id)).map((d) => d.status)).toEqual(Array(6).fill('succeeded'));
  });

  it('a flush that fails transiently is retried within the lease: recorded once, never sent again', async () => {
    const r = await kit.receiver();
    const endpoint = await kit.endpoint(r.url);
    const faulty = faultyDatabase(kit.db);
    r.reply = () => {
      faulty.state.failRecords = 2; // the database "restarts" while the receiver answers
      return { status: 200 };
    };
    const d = await startDispatcher(faulty.db, testPolicy());
    kit.cleanups.push(() => d.stop());
    const event = await kit.emit();
    const done = await kit.settled(endpoint.id, 'succeeded');
    expect(done.attempt_count).toBe(1);
    expect(faulty.state.failRecords).toBe(0); // both failed flushes happened, and were retried
    await d.stop();
    expect(r.requests.map((q) => q.headers['x-pos-event-id'])).toEqual([event.id]);
    expect(await kit.attempts(endpoint.id)).toHaveLength(1);
  });

  it('a worker that dies between the POST and its record: sent again once its lease expires, and only once more', async () => {
    const r = await kit.receiver();
    const endpoint = await kit.endpoint(r.url);
    const policy = testPolicy({ leaseMs: 1_000 });
    const dying = faultyDatabase(kit.db);
    r.reply = () => {
      dying.state.hang = true; // the worker never gets to record what it sent
      return { status: 200 };
    };
    const first = await startDispatcher(dying.db, policy);
    const event = await kit.emit();
    await r.waitFor(1);
    r.reply = () => ({ status: 200 });
    const survivor = await kit.dispatcher(policy);
    const done = await kit.settled(endpoint.id, 'succeeded');
    expect(done.attempt_count).toBe(1);
    await survivor.stop();
    dying.release();
    await first.stop();
    // At least once (SPEC §5.5): the same delivery twice, with the same ids; never a third time.
    expect(r.requests.map((q) => [q.headers['x-pos-event-id'], q.headers['x-pos-delivery-id']])).toEqual([
      [event.id, done.id],
      [event.id, done.id],
    ]);
    expect(await kit.attempts(endpoint.id)).toHaveLength(1);
  });

  it('runs a bounded number of statements per event-loop turn while ten endpoints drain (PGlite statements never yield)', async () => {
    const r = await kit.receiver();
    const endpoints = [];
    for (let i = 0; i < 10; i++) endpoints.push(await kit.endpoint(`${r.url}?endpoint=${i}`));
    let statements = 0;
    let most = 0;
    const counted = (q: Queryable): Queryable => ({
      query: (sql, params) => (statements++, q.query(sql, params)),
      exec: (sql) => (statements++, q.exec(sql)),
    });
    const db: Database = { ...kit.db, ...counted(kit.db), transaction: (fn) => ((statements += 2), kit.db.transaction((tx) => fn(counted(tx)))) };
    let ticking = true;
    const tick = () => {
      most = Math.max(most, statements);
      statements = 0;
      if (ticking) setImmediate(tick);
    };
    for (let i = 0; i < 12; i++) await kit.emit();
    setImmediate(tick);
    const d = await startDispatcher(db, testPolicy());
    kit.cleanups.push(() => d.stop());
    await r.waitFor(120, 60_000);
    ticking = false;
    await eventually(
      async () => (await kit.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'pending'`)).rows[0]!.n === 0,
    );
    // One claim round (4 statements) and one flush (5) can share a turn; before, a claim round and
    // the context reads and records of 40 attempts ran back to back without letting I/O in.
    expect(most).toBeLessThanOrEqual(12);
  });
});
