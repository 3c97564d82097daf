// What the webhook endpoint page's tests show it: an endpoint, a delivery and its attempts as the back
// office API returns them (test data, never shipped), and the routes that answer the page's requests.
import type { createFakeApi } from '../testing';

export const ENDPOINT_ID = 'whk_1';

export function webhookEndpoint(overrides: Record<string, unknown> = {}) {
  return {
    object: 'webhook_endpoint',
    id: ENDPOINT_ID,
    name: 'Stock control',
    url: 'https://stock.example.com/hook',
    subscribed_events: ['order.paid'],
    payload: 'full',
    enabled: true,
    disabled_reason: null,
    disabled_at: null,
    locations: 'all',
    headers: {},
    created_at: '2026-12-01T10:00:00.000Z',
    updated_at: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

export function webhookAttempt(number: number, status_code: number, error_message: string | null) {
  return {
    id: `att_${number}`,
    number,
    started_at: '2026-12-03T06:00:00.000Z',
    duration_ms: 12,
    status_code,
    error_class: error_message ? 'http_status' : null,
    error_message,
    response_body: null,
  };
}

export function webhookDelivery(attempts: ReturnType<typeof webhookAttempt>[], overrides: Record<string, unknown> = {}) {
  const last = attempts.at(-1);
  return {
    object: 'webhook_delivery',
    id: 'dlv_1',
    endpoint_id: ENDPOINT_ID,
    event_id: 'evt_1',
    event_type: 'order.paid',
    status: 'pending',
    origin: 'event',
    attempt_count: attempts.length,
    next_attempt_at: '2026-12-03T06:30:00.000Z',
    last_status_code: last?.status_code ?? null,
    last_error: last?.error_message ? `${last.error_class}: ${last.error_message}` : null,
    created_at: '2026-12-03T06:00:00.000Z',
    attempts,
    ...overrides,
  };
}

/** Answers the page's requests: the endpoint, its deliveries and the subscribable event types. */
export function answerWebhookPage(api: ReturnType<typeof createFakeApi>, endpoint: object, deliveries: object[] = []): void {
  api
    .answer(`/webhooks/${ENDPOINT_ID}`, endpoint)
    .answer(`/webhooks/${ENDPOINT_ID}/deliveries`, { data: deliveries, next_cursor: null, has_more: false })
    .answer('/event-types', { data: [{ type: 'order.paid', description: 'paid' }], subscribable: ['order.paid'] });
}
