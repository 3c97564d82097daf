// payment.failed end to end: a till's declined card attempt pushed through the sync API, and a failed
// external payment reported through API v1; both are stored, emitted once and leave the order's money alone.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../core/ids';
import { createApiKey } from '../sync-server/auth/api-keys';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { mutation, pairTestDevice } from '../sync-server/sync/test-sync-fixtures';
import { withTestApp } from '../sync-server/testing/test-app';

describe.each(TEST_ENGINES)('payment.failed on %s', (engine) => {
  const fx = withTestApp(engine);
  let key: string;

  beforeAll(async () => {
    ({ key } = await createApiKey(fx.db, {
      businessId: fx.business.businessId,
      name: 'pay',
      scopes: ['orders:read', 'orders:write', 'events:read'],
      locationIds: 'all',
    }));
  });

  const failedEvents = async () =>
    (
      await fx.db.query<{ data: { object: Record<string, unknown> }; device_id: string | null }>(
        `SELECT data, device_id FROM events WHERE business_id = $1 AND type = 'payment.failed' ORDER BY xact_id, seq`,
        [fx.business.businessId],
      )
    ).rows;

  it('a declined card attempt pushed by a till is emitted once with its reason; a resend of the same attempt is rejected', async () => {
    const device = await pairTestDevice(fx.app, fx.business);
    const attempt = {
      id: newId('pay'),
      order_id: newId('ord'),
      method: 'card',
      amount: 980,
      failure_code: 'aborted',
      failure_message: 'Payment aborted',
      card: null,
      staff_id: fx.business.staffId,
      shift_id: null,
      created_at: '2026-11-23T09:12:04.500Z',
    };
    const push = (seq: number) =>
      fx.app.inject({
        method: 'POST',
        url: '/sync/v1/push',
        headers: { authorization: `Bearer ${device.device_token}` },
        payload: { mutations: [mutation(seq, 'payment.failed', { payment: attempt } as never)] },
      });
    expect((await push(1)).json().results[0]).toMatchObject({ status: 'applied' });
    expect((await push(2)).json().results[0]).toMatchObject({ status: 'rejected', error: { code: 'payment_exists' } });
    const events = await failedEvents();
    expect(events).toHaveLength(1);
    expect(events[0]!.device_id).toBe(device.device_id);
    expect(events[0]!.data.object).toMatchObject({
      id: attempt.id,
      object: 'payment',
      order_id: attempt.order_id,
      status: 'failed',
      method: 'card',
      amount: 980,
      currency: 'EUR',
      failure_code: 'aborted',
      failure_message: 'Payment aborted',
      occurred_at: attempt.created_at,
      location_id: fx.business.locationId,
    });
  });

  it('POST /orders/{id}/payments with status "failed" emits payment.failed and leaves the order unpaid', async () => {
    const call = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
      fx.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${key}`, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
        ...(payload ? { payload } : {}),
      });
    const order = (
      await call('POST', '/api/v1/orders', { location_id: fx.business.locationId, items: [{ product_id: fx.business.productIds[0], quantity: 1 }] })
    ).json();
    const before = (await failedEvents()).length;
    const res = await call('POST', `/api/v1/orders/${order.id}/payments`, {
      amount: 350,
      method: 'external',
      reference: 'psp-77',
      status: 'failed',
      failure_code: 'card_declined',
      failure_message: 'Insufficient funds',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: order.id, status: 'open', totals: { amount_paid: 0, balance_due: 350 }, payments: [] });
    const events = await failedEvents();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)!.data.object).toMatchObject({
      order_id: order.id,
      status: 'failed',
      method: 'external',
      amount: 350,
      reference: 'psp-77',
      failure_code: 'card_declined',
      failure_message: 'Insufficient funds',
    });
    const defaults = await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 350, method: 'external', status: 'failed' });
    expect(defaults.statusCode).toBe(201);
    expect((await failedEvents()).at(-1)!.data.object).toMatchObject({ failure_code: 'payment_failed', failure_message: 'The payment failed.' });

    const stray = await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 350, method: 'external', failure_code: 'card_declined' });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error).toMatchObject({ code: 'parameter_invalid', param: 'failure_code' });
    const tooMuch = await call('POST', `/api/v1/orders/${order.id}/payments`, { amount: 9_999, method: 'external', status: 'failed' });
    expect(tooMuch.statusCode).toBe(422);
    expect((await call('GET', `/api/v1/orders/${order.id}`)).json()).toMatchObject({ status: 'open', totals: { amount_paid: 0 } });
  });
});
