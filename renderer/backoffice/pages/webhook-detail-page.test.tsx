// The webhook detail page tells a manager what to do about a receiver that answers 401/403 (issue #11
// item 10): the delivery's last error and each such attempt say the receiver rejects the signature
// or credentials; other answers show just their status.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionContext, type SessionInfo } from '../session';

const REJECTS = "receiver answered 401: the receiver rejects the signature or credentials (check that it verifies with this endpoint's current signing secret, and any authentication it requires)";
const attempt = (number: number, status_code: number, error_message: string | null) => ({
  id: `att_${number}`,
  number,
  started_at: '2026-12-03T06:00:00.000Z',
  duration_ms: 12,
  status_code,
  error_class: error_message ? 'http_status' : null,
  error_message,
  response_body: null,
});
const delivery = {
  object: 'webhook_delivery',
  id: 'dlv_1',
  endpoint_id: 'whk_1',
  event_id: 'evt_1',
  event_type: 'order.paid',
  status: 'pending',
  origin: 'event',
  attempt_count: 2,
  next_attempt_at: '2026-12-03T06:30:00.000Z',
  last_status_code: 401,
  last_error: `http_status: ${REJECTS}`,
  created_at: '2026-12-03T06:00:00.000Z',
  attempts: [attempt(1, 500, 'receiver answered 500'), attempt(2, 401, REJECTS)],
};
const endpoint = {
  object: 'webhook_endpoint',
  id: 'whk_1',
  name: 'Stock control',
  url: 'https://stock.example.com/hook',
  subscribed_events: ['order.paid'],
  payload: 'full',
  enabled: true,
  disabled_reason: null,
  disabled_at: null,
  locations: null,
  headers: {},
  created_at: '2026-12-01T00:00:00.000Z',
  updated_at: '2026-12-01T00:00:00.000Z',
};
const get = vi.fn(async (path: string): Promise<unknown> => {
  if (path.includes('/deliveries')) return { data: [delivery], next_cursor: null, has_more: false };
  if (path.startsWith('/event-types')) return { subscribable: [], data: [] };
  return endpoint;
});
vi.mock('../api-client', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), get: (path: string) => get(path) }));
const { WebhookDetailPage } = await import('./webhook-detail-page');

const session: SessionInfo = {
  user: { id: 'usr_1', email: 'm@example.com', name: 'M', role: 'manager' },
  business: { id: 'biz_1', name: 'Demo', currency: 'EUR' },
  locations: [],
  csrf_token: 'csrf',
  development: false,
};

describe('webhook detail page', () => {
  afterEach(cleanup);

  it('says the receiver rejects the signature or credentials on a 401 attempt, and only there', async () => {
    render(
      <SessionContext.Provider value={session}>
        <WebhookDetailPage id="whk_1" />
      </SessionContext.Provider>,
    );
    expect(await screen.findByText(`http_status: ${REJECTS}`)).toBeTruthy();
    const attempts = screen.getAllByText(/^Attempt \d/).map((el) => el.parentElement!.textContent);
    expect(attempts[0]).toMatch(/HTTP 500$/);
    expect(attempts[1]).toMatch(/HTTP 401 · the receiver rejects the signature or credentials/);
  });
});
