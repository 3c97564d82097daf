// The webhook detail page tells a manager what to do about a receiver that answers 401/403 (issue #11
// item 10): the delivery's last error and each such attempt say the receiver rejects the signature
// or credentials; other answers show just their status.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderInSession, testSession } from '../testing';
import { answerWebhookPage, ENDPOINT_ID, webhookAttempt, webhookDelivery, webhookEndpoint } from './webhook-detail-fixtures';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { WebhookDetailPage } = await import('./webhook-detail-page');

const REJECTS =
  "receiver answered 401: the receiver rejects the signature or credentials (check that it verifies with this endpoint's current signing secret, and any authentication it requires)";

describe('webhook detail page', () => {
  beforeEach(() => {
    fakeApi.reset();
    const delivery = webhookDelivery([webhookAttempt(1, 500, 'receiver answered 500'), webhookAttempt(2, 401, REJECTS)]);
    answerWebhookPage(fakeApi, webhookEndpoint({ locations: null }), [delivery]);
  });
  afterEach(cleanup);

  it('says the receiver rejects the signature or credentials on a 401 attempt, and only there', async () => {
    renderInSession(<WebhookDetailPage id={ENDPOINT_ID} />, testSession('manager'));
    expect(await screen.findByText(`http_status: ${REJECTS}`)).toBeTruthy();
    const attempts = screen.getAllByText(/^Attempt \d/).map((el) => el.parentElement!.textContent);
    expect(attempts[0]).toMatch(/HTTP 500$/);
    expect(attempts[1]).toMatch(/HTTP 401 · the receiver rejects the signature or credentials/);
  });
});
