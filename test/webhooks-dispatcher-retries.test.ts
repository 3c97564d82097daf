// The dispatcher's retry paths against real HTTP receivers: 5xx, 401/403, timeout, connection
// refused, 429/503 with Retry-After, 410; exhaustion, the failure streak and auto-disable, and an
// endpoint disabled while an attempt runs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { updateEndpoint } from '../sync-server/webhooks/webhook-store';
import { dispatcherTestKit, eventually, testPolicy, type AttemptState } from '../sync-server/webhooks/webhooks-test-support';

describe.each(TEST_ENGINES)('webhook dispatcher retries (%s)', (engine) => {
  const kit = dispatcherTestKit(engine);

  it('retries 5xx answers on the schedule with the same event id, then succeeds; stores the first 2 KB of each response', async () => {
    const r = await kit.receiver((_req, i) => (i < 2 ? { status: i === 0 ? 500 : 502, body: 'x'.repeat(5000) } : { status: 204 }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [200, 400] }));
    const event = await kit.emit();
    const delivery = await kit.settled(ep.id, 'succeeded');
    expect(r.requests).toHaveLength(3);
    expect(new Set(r.requests.map((q) => q.headers['x-pos-event-id']))).toEqual(new Set([event.id]));
    expect(new Set(r.requests.map((q) => q.headers['x-pos-delivery-id'])).size).toBe(1);
    expect(r.requests[1]!.receivedAt - r.requests[0]!.receivedAt).toBeGreaterThanOrEqual(170); // 200 ms − 10 % jitter
    expect(r.requests[2]!.receivedAt - r.requests[1]!.receivedAt).toBeGreaterThanOrEqual(350);
    expect(delivery.attempt_count).toBe(3);
    const log = await kit.attempts(ep.id);
    expect(log.map((a) => [a.number, a.status_code, a.error_class])).toEqual([
      [1, 500, 'http_status'],
      [2, 502, 'http_status'],
      [3, 204, null],
    ]);
    expect(log[0]!.response_body).toHaveLength(2048);
  });

  it('says the receiver rejects the signature or credentials on 401 and 403, and keeps the retry schedule', async () => {
    const r = await kit.receiver((_req, i) => (i === 0 ? { status: 401 } : i === 1 ? { status: 403 } : { status: 200 }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [200, 400] }));
    await kit.emit();
    const delivery = await kit.settled(ep.id, 'succeeded');
    expect(r.requests).toHaveLength(3);
    expect(r.requests[1]!.receivedAt - r.requests[0]!.receivedAt).toBeGreaterThanOrEqual(170);
    expect(r.requests[2]!.receivedAt - r.requests[1]!.receivedAt).toBeGreaterThanOrEqual(350);
    expect(delivery.attempt_count).toBe(3);
    const log = (
      await kit.db.query<AttemptState & { error_message: string | null }>(
        'SELECT a.* FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = $1 ORDER BY a.number',
        [ep.id],
      )
    ).rows;
    expect(log.map((a) => [a.status_code, a.error_class])).toEqual([
      [401, 'http_status'],
      [403, 'http_status'],
      [200, null],
    ]);
    for (const a of log.slice(0, 2)) expect(a.error_message).toMatch(/^receiver answered 40[13]: the receiver rejects the signature or credentials/);
  });

  it('keeps the 401 wording in last_error while the delivery waits for its retry', async () => {
    const r = await kit.receiver(() => ({ status: 403 }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [60_000] }));
    await kit.emit();
    const waiting = await eventually(
      async () => {
        const [d] = await kit.deliveries(ep.id);
        return d && d.attempt_count === 1 ? d : null;
      },
      15_000,
      'the first attempt',
    );
    expect(waiting.status).toBe('pending');
    expect(waiting.last_error).toMatch(/^http_status: receiver answered 403: the receiver rejects the signature or credentials/);
    // Retried on the ordinary schedule (60 s ± 10 %), not given up and not hurried.
    expect(new Date(waiting.next_attempt_at).getTime() - Date.now()).toBeGreaterThan(40_000);
  });

  it('gives up after the last retry, keeps the endpoint while failures are younger than the disable window', async () => {
    const r = await kit.receiver(() => ({ status: 500 }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [100, 100] }));
    await kit.emit();
    await kit.settled(ep.id, 'failed');
    expect(r.requests).toHaveLength(3);
    const { rows } = await kit.db.query<{ enabled: boolean; failing_since: Date | null }>(
      'SELECT enabled, failing_since FROM webhook_endpoints WHERE id = $1',
      [ep.id],
    );
    expect(rows[0]!.enabled).toBe(true);
    expect(rows[0]!.failing_since).toBeInstanceOf(Date);
  });

  it('disables an endpoint whose deliveries keep exhausting their retries for the disable window, with the reason', async () => {
    const r = await kit.receiver(() => ({ status: 503 }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [50], disableAfterMs: 0 }));
    await kit.emit();
    await kit.settled(ep.id, 'failed');
    const { rows } = await kit.db.query<{ enabled: boolean; disabled_reason: string }>('SELECT enabled, disabled_reason FROM webhook_endpoints WHERE id = $1', [
      ep.id,
    ]);
    expect(rows[0]!.enabled).toBe(false);
    expect(rows[0]!.disabled_reason).toMatch(/failed after all retries.*http_status/);
    // Disabled: the next event queues nothing for it (it stays in the feed for replay).
    await kit.emit();
    expect(await kit.deliveries(ep.id)).toHaveLength(1);
  });

  it('a success clears the failure streak', async () => {
    const r = await kit.receiver((_q, i) => (i < 2 ? { status: 500 } : { status: 200 }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [50] }));
    await kit.emit();
    await kit.settled(ep.id, 'failed');
    await kit.db.query('DELETE FROM webhook_deliveries WHERE endpoint_id = $1', [ep.id]);
    await kit.emit();
    await kit.settled(ep.id, 'succeeded');
    const { rows } = await kit.db.query<{ failing_since: Date | null }>('SELECT failing_since FROM webhook_endpoints WHERE id = $1', [ep.id]);
    expect(rows[0]!.failing_since).toBeNull();
  });

  it('classifies a receiver that does not answer in time as a timeout and retries', async () => {
    const r = await kit.receiver((_q, i) => (i === 0 ? 'hang' : { status: 200 }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [100] }), { timeoutMs: 400 });
    await kit.emit();
    await kit.settled(ep.id, 'succeeded');
    expect((await kit.attempts(ep.id)).map((a) => a.error_class)).toEqual(['timeout', null]);
  });

  it('classifies a closed port as connection_refused and retries it until exhausted', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const ep = await kit.endpoint(`http://127.0.0.1:${port}/hook`);
    await kit.dispatcher(testPolicy({ retrySchedule: [50, 50] }));
    await kit.emit();
    await kit.settled(ep.id, 'failed');
    expect((await kit.attempts(ep.id)).map((a) => a.error_class)).toEqual(['connection_refused', 'connection_refused', 'connection_refused']);
  });

  it('honours Retry-After on 429 when it is longer than the schedule', async () => {
    const r = await kit.receiver((_q, i) => (i === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [100] }));
    await kit.emit();
    await kit.settled(ep.id, 'succeeded');
    expect(r.requests[1]!.receivedAt - r.requests[0]!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  it('caps a huge Retry-After on 503', async () => {
    const r = await kit.receiver(() => ({ status: 503, headers: { 'retry-after': '86400' } }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [100], retryAfterCapMs: 60_000 }));
    const before = Date.now();
    await kit.emit();
    const d = await eventually(async () => {
      const [row] = await kit.deliveries(ep.id);
      return row && row.attempt_count === 1 ? row : null;
    });
    const wait = new Date(d.next_attempt_at).getTime() - before;
    expect(wait).toBeGreaterThan(50_000);
    expect(wait).toBeLessThanOrEqual(61_000);
  });

  it('disables the endpoint at once on 410 and fails what was still queued for it', async () => {
    const r = await kit.receiver(() => ({ status: 410, body: 'gone' }));
    const ep = await kit.endpoint(r.url);
    await kit.emit();
    await kit.emit();
    await kit.dispatcher(testPolicy({ concurrencyPerEndpoint: 1 }));
    await eventually(async () => (await kit.deliveries(ep.id)).every((d) => d.status === 'failed'));
    expect(r.requests).toHaveLength(1);
    const { rows } = await kit.db.query<{ enabled: boolean; disabled_reason: string }>('SELECT enabled, disabled_reason FROM webhook_endpoints WHERE id = $1', [
      ep.id,
    ]);
    expect(rows[0]).toEqual({ enabled: false, disabled_reason: expect.stringMatching(/410 Gone/) });
  });

  it('an endpoint disabled while an attempt runs gets no retry queued: nothing stays pending', async () => {
    const r = await kit.receiver(() => ({ status: 500, delayMs: 400 }));
    const ep = await kit.endpoint(r.url);
    await kit.dispatcher(testPolicy({ retrySchedule: [100, 100] }));
    await kit.emit();
    await r.waitFor(1);
    await kit.db.transaction((tx) => updateEndpoint(tx, kit.biz.businessId, ep.id, { enabled: false }));
    const failed = await kit.settled(ep.id, 'failed');
    expect(failed.attempt_count).toBe(1);
    expect((await kit.deliveries(ep.id))[0]).toMatchObject({ last_error: expect.stringMatching(/^endpoint disabled/) });
    expect(r.requests).toHaveLength(1);
  });
  it('an endpoint disabled while its window is being sent gets at most one more attempt per slot, and nothing stays pending', async () => {
    const r = await kit.receiver(() => ({ status: 200, delayMs: 200 }));
    const ep = await kit.endpoint(r.url);
    for (let i = 0; i < 5; i++) await kit.emit();
    await kit.dispatcher(testPolicy({ concurrencyPerEndpoint: 1 }));
    await r.waitFor(1);
    await kit.db.transaction((tx) => updateEndpoint(tx, kit.biz.businessId, ep.id, { enabled: false }));
    await eventually(async () => (await kit.deliveries(ep.id)).every((d) => d.status !== 'pending'));
    // The slot freed by the first answer starts the next delivery before its record reports the endpoint disabled.
    expect(r.requests.length).toBeLessThanOrEqual(2);
    const rows = await kit.deliveries(ep.id);
    expect(rows.filter((d) => d.status === 'failed').every((d) => /^endpoint disabled/.test(d.last_error ?? ''))).toBe(true);
  });
});
