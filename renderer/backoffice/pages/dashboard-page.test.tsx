// The dashboard's banner for a webhook endpoint the service disabled by itself (issue 13): it names
// the endpoint and why, and links to the endpoint's page where an owner re-enables it; none without one.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DashboardView } from '../../../core/api/backoffice';
import { renderInSession, testSession } from '../testing';

const empty: DashboardView = { locations: [], devices: { active: 0, attention: [] }, disabled_webhooks: [] };
let dashboard: DashboardView = empty;
const get = vi.fn(async (): Promise<unknown> => dashboard);
vi.mock('../api-client', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), get: () => get() }));
const { DashboardPage } = await import('./dashboard-page');

const show = () => renderInSession(<DashboardPage />, testSession('owner'));

describe('dashboard: disabled webhook endpoints', () => {
  afterEach(cleanup);

  it('shows a banner naming the endpoint with a link to re-enable it', async () => {
    dashboard = {
      ...empty,
      disabled_webhooks: [
        {
          id: 'whk_01AB',
          name: 'Stock sync',
          url: 'https://stock.example.com/hook',
          disabled_reason: 'The receiver answered 410 Gone at 2026-12-03T08:00:00.000Z (delivery dlv_1).',
          disabled_at: new Date().toISOString(),
        },
      ],
    };
    show();
    const banner = await screen.findByRole('alert', { name: 'Webhook endpoint Stock sync disabled' });
    expect(banner.textContent).toContain('Webhook endpoint “Stock sync” was disabled');
    expect(banner.textContent).toContain('https://stock.example.com/hook');
    expect(banner.textContent).toContain('410 Gone');
    const link = within(banner).getByRole('link', { name: 'Re-enable Stock sync' });
    expect(link.getAttribute('href')).toBe('/backoffice/settings/integrations/webhooks/whk_01AB');
  });

  it('shows no banner when no endpoint was disabled by the service', async () => {
    dashboard = empty;
    show();
    expect(await screen.findByText(/All 0 active tills synced recently/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
