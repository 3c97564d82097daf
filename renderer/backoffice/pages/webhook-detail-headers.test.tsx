// The webhook endpoint page shows the endpoint's custom headers, and its edit form sends them as
// "Name: value" lines turned into an object (replacing the set).
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, polyfillDialog, renderInSession, testSession } from '../testing';
import { answerWebhookPage, ENDPOINT_ID, webhookEndpoint } from './webhook-detail-fixtures';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { WebhookDetailPage } = await import('./webhook-detail-page');
const { parseHeadersText, headersText } = await import('./webhooks-section');
polyfillDialog();

describe('webhook endpoint page: custom headers', () => {
  beforeEach(() => {
    fakeApi.reset();
    answerWebhookPage(fakeApi, webhookEndpoint({ name: 'stock-control', headers: { Authorization: 'Bearer receiver-token', 'X-Tenant': 'shop 42' } }));
  });
  afterEach(cleanup);

  it('lists the custom headers, and the edit form sends the edited set', async () => {
    renderInSession(<WebhookDetailPage id={ENDPOINT_ID} />, testSession('owner'));
    const list = await screen.findByRole('list', { name: 'Custom headers' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Authorization: Bearer receiver-token', 'X-Tenant: shop 42']);

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Custom headers (optional)');
    expect(box.value).toBe('Authorization: Bearer receiver-token\nX-Tenant: shop 42');
    fireEvent.change(box, { target: { value: 'X-Tenant: shop 43\n\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(fakeApi.save).toHaveBeenCalled());
    expect(fakeApi.save.mock.calls[0]![2]).toMatchObject({ headers: { 'X-Tenant': 'shop 43' } });
  });

  it('parses "Name: value" lines and names a line without a colon', () => {
    expect(parseHeadersText(' Authorization : Bearer a:b \n\nX-A: 1')).toEqual({ Authorization: 'Bearer a:b', 'X-A': '1' });
    expect(parseHeadersText('')).toEqual({});
    expect(parseHeadersText('X-A: 1\nnonsense')).toBe('Custom headers, line 2: write "Name: value".');
    expect(headersText({ 'X-A': '1', 'X-B': '2' })).toBe('X-A: 1\nX-B: 2');
  });
});
