// The webhook endpoint page shows the endpoint's custom headers, and its edit form sends them as
// "Name: value" lines turned into an object (replacing the set).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionContext, type SessionInfo } from '../session';

const endpoint = {
  object: 'webhook_endpoint',
  id: 'whk_1',
  name: 'stock-control',
  url: 'https://stock.example.com/hook',
  subscribed_events: ['order.paid'],
  payload: 'full',
  enabled: true,
  disabled_reason: null,
  disabled_at: null,
  locations: 'all',
  headers: { Authorization: 'Bearer receiver-token', 'X-Tenant': 'shop 42' },
  created_at: '2026-12-01T10:00:00.000Z',
  updated_at: '2026-12-01T10:00:00.000Z',
};
const get = vi.fn(async (path: string): Promise<unknown> => {
  if (path === '/webhooks/whk_1') return endpoint;
  if (path === '/event-types') return { data: [{ type: 'order.paid', description: 'paid' }], subscribable: ['order.paid'] };
  return { data: [], next_cursor: null, has_more: false };
});
const save = vi.fn(async (_path: string, _id: string | undefined, body: unknown): Promise<unknown> => ({ ...endpoint, ...(body as object) }));
vi.mock('../api-client', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  get: (path: string) => get(path),
  save: (path: string, id: string | undefined, body: unknown) => save(path, id, body),
}));
const { WebhookDetailPage } = await import('./webhook-detail-page');
// jsdom has <dialog> without its modal methods.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.open = false;
};
const { parseHeadersText, headersText } = await import('./webhooks-section');

const session: SessionInfo = {
  user: { id: 'usr_owner', email: 'owner@example.com', name: 'Owner', role: 'owner' },
  business: { id: 'biz_1', name: 'Demo', currency: 'EUR' },
  locations: [],
  csrf_token: 'csrf',
  development: false,
};

describe('webhook endpoint page: custom headers', () => {
  afterEach(cleanup);

  it('lists the custom headers, and the edit form sends the edited set', async () => {
    render(
      <SessionContext.Provider value={session}>
        <WebhookDetailPage id="whk_1" />
      </SessionContext.Provider>,
    );
    const list = await screen.findByRole('list', { name: 'Custom headers' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Authorization: Bearer receiver-token', 'X-Tenant: shop 42']);

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Custom headers (optional)');
    expect(box.value).toBe('Authorization: Bearer receiver-token\nX-Tenant: shop 42');
    fireEvent.change(box, { target: { value: 'X-Tenant: shop 43\n\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.calls[0]![2]).toMatchObject({ headers: { 'X-Tenant': 'shop 43' } });
  });

  it('parses "Name: value" lines and names a line without a colon', () => {
    expect(parseHeadersText(' Authorization : Bearer a:b \n\nX-A: 1')).toEqual({ Authorization: 'Bearer a:b', 'X-A': '1' });
    expect(parseHeadersText('')).toEqual({});
    expect(parseHeadersText('X-A: 1\nnonsense')).toBe('Custom headers, line 2: write "Name: value".');
    expect(headersText({ 'X-A': '1', 'X-B': '2' })).toBe('X-A: 1\nX-B: 2');
  });
});
