// Settings → Integrations: an owner gets API keys and webhooks, a manager only webhooks with a notice why,
// and the Events tab (marked current) shows the events browser instead.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderInSession, testSession } from '../testing';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { IntegrationsPage } = await import('./integrations-page');

const tabs = () => within(screen.getByRole('navigation', { name: 'Integrations' })).getAllByRole('link');
const currentTab = () =>
  tabs()
    .filter((a) => a.getAttribute('aria-current') === 'page')
    .map((a) => a.textContent);
const sections = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('Integrations page', () => {
  beforeEach(() => fakeApi.reset());
  afterEach(cleanup);

  it('shows an owner the API keys and the webhooks on the first tab', async () => {
    renderInSession(<IntegrationsPage path="/settings/integrations" />, testSession('owner'));
    expect(currentTab()).toEqual(['API & Webhooks']);
    expect(tabs().map((a) => a.getAttribute('href'))).toEqual(['/backoffice/settings/integrations', '/backoffice/settings/integrations/events']);
    expect(sections()).toEqual(['API keys', 'Webhooks']);
    expect(screen.queryByText(/managed by the business owner/)).toBeNull();
    await vi.waitFor(() => expect(fakeApi.get).toHaveBeenCalledWith('/api-keys'));
  });

  it('shows a manager only the webhooks and says API keys are the owner’s', async () => {
    renderInSession(<IntegrationsPage path="/settings/integrations" />, testSession('manager'));
    expect(sections()).toEqual(['Webhooks']);
    expect(
      screen.getByText('API keys and webhook endpoints are managed by the business owner. You can browse webhook deliveries and events.').getAttribute('role'),
    ).toBe('status');
    await vi.waitFor(() => expect(fakeApi.get).toHaveBeenCalledWith('/webhooks'));
    expect(fakeApi.get).not.toHaveBeenCalledWith('/api-keys');
  });

  it('shows the events browser on the Events tab, for an owner as for a manager', async () => {
    for (const role of ['owner', 'manager'] as const) {
      renderInSession(<IntegrationsPage path="/settings/integrations/events" />, testSession(role));
      expect(currentTab()).toEqual(['Events']);
      expect(sections()).toEqual(['Events']);
      expect(await screen.findByText('No events in this window.')).toBeTruthy();
      cleanup();
    }
  });
});
