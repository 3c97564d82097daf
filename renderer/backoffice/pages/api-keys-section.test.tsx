// API keys in the back office: the list shows each key by prefix with its scopes, locations and status;
// a new key needs a scope and a location, is sent with what was picked, and its full value is shown once.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiKeyView } from '../../../core/api/backoffice';
import { fakeApi, polyfillDialog, renderInSession, testSession } from '../testing';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { ApiKeysSection } = await import('./api-keys-section');
polyfillDialog();

const LOCATIONS = [
  { id: 'loc_berlin', name: 'Kaffeebar Kreuzberg', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' },
  { id: 'loc_hamburg', name: 'Hafen', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' },
];
const key = (id: string, name: string, overrides: Partial<ApiKeyView> = {}): ApiKeyView => ({
  id,
  name,
  prefix: `pos_live_${id.slice(-4)}`,
  scopes: ['orders:read'],
  locations: 'all',
  livemode: true,
  created_at: '2026-12-01T08:00:00.000Z',
  last_used_at: null,
  revoked_at: null,
  ...overrides,
});
const KEYS = [
  key('key_aaaa', 'stock-control', { locations: ['loc_hamburg'], scopes: ['products:read', 'products:write'] }),
  key('key_bbbb', 'old shop', { revoked_at: '2026-12-02T08:00:00.000Z', livemode: false }),
];

const show = () => renderInSession(<ApiKeysSection />, testSession('owner', { locations: LOCATIONS }));
const row = (id: string) => screen.getByTestId(`api-key-${id}`);

describe('API keys section', () => {
  beforeEach(() => {
    fakeApi.reset();
    fakeApi.answer('/api-keys', { data: KEYS, scopes: ['orders:read', 'orders:write', 'products:read'] });
    fakeApi.post.mockImplementation(async (path: string, body?: unknown) =>
      path === '/api-keys' ? { ...key('key_cccc', (body as { name: string }).name), key: 'pos_live_cccc_the-whole-secret' } : {},
    );
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('lists keys by prefix with scopes, locations by name, test mode and status; only active keys can be revoked', async () => {
    show();
    await screen.findByRole('table', { name: 'API keys' });
    expect(within(row('key_aaaa')).getByText('pos_live_aaaa…')).toBeTruthy();
    expect(within(row('key_aaaa')).getByText('Hafen')).toBeTruthy();
    expect(
      within(row('key_aaaa'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['products:read', 'products:write']);
    expect(within(row('key_aaaa')).getByText('Active')).toBeTruthy();
    expect(within(row('key_bbbb')).getByText('Revoked')).toBeTruthy();
    expect(within(row('key_bbbb')).getByText('test mode')).toBeTruthy();
    expect(within(row('key_bbbb')).queryByRole('button', { name: /Revoke/ })).toBeNull();
  });

  it('refuses a key without a scope or without a location, then creates it and shows the full key once', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'New API key' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'web shop' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText('Pick at least one scope.')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: /orders:write/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /All locations/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText('Pick at least one location, or allow all locations.')).toBeTruthy();
    expect(fakeApi.post).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Kaffeebar Kreuzberg' }));
    fireEvent.click(screen.getByTestId('key-test-mode'));
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await waitFor(() =>
      expect(fakeApi.post).toHaveBeenCalledWith('/api-keys', { name: 'web shop', scopes: ['orders:write'], locations: ['loc_berlin'], livemode: false }),
    );
    expect((await screen.findByTestId<HTMLInputElement>('secret-value')).value).toBe('pos_live_cccc_the-whole-secret');
    // Closed, the full key is gone from the page for good.
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByTestId('secret-value')).toBeNull());
  });

  it('revokes a key only after the owner confirms', async () => {
    show();
    const revoke = await screen.findByRole('button', { name: 'Revoke stock-control' });
    vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(revoke);
    expect(fakeApi.post).not.toHaveBeenCalled();
    fireEvent.click(revoke);
    await waitFor(() => expect(fakeApi.post).toHaveBeenCalledWith('/api-keys/key_aaaa/revoke', undefined));
  });
});
