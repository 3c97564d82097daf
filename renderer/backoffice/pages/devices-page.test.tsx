// The Devices page: each till's status (online, not seen recently, revoked) and test-mode mark, its
// rejected mutations on request, pairing codes for the chosen location in live or test mode, and
// revoking only after the manager confirms.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceView } from '../../../core/api/backoffice';
import { fakeApi, polyfillDialog, renderInSession, testSession } from '../testing';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { DevicesPage } = await import('./devices-page');
polyfillDialog();

const LOCATIONS = [
  { id: 'loc_berlin', name: 'Kaffeebar Kreuzberg', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' },
  { id: 'loc_hamburg', name: 'Hafen', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' },
];
const device = (id: string, name: string, overrides: Partial<DeviceView> = {}): DeviceView => ({
  id,
  name,
  location_id: 'loc_berlin',
  created_at: '2026-12-01T08:00:00.000Z',
  last_seen_at: '2026-12-03T08:00:00.000Z',
  revoked_at: null,
  last_seq: 42,
  last_mutation_at: '2026-12-03T07:59:00.000Z',
  rejected_count: 0,
  stale: false,
  livemode: true,
  ...overrides,
});
const DEVICES = [
  device('dev_1', 'Till 1'),
  device('dev_2', 'Till 2', { stale: true, rejected_count: 2, livemode: false }),
  device('dev_3', 'Old till', { revoked_at: '2026-12-02T12:00:00.000Z' }),
];

const show = () => renderInSession(<DevicesPage />, testSession('manager', { locations: LOCATIONS }));
const row = (name: string) => screen.getByRole('cell', { name: new RegExp(`^${name}`) }).closest('tr')!;

describe('Devices page', () => {
  beforeEach(() => {
    fakeApi.reset();
    fakeApi
      .answer('/devices', { data: DEVICES })
      .answer('/settings-changes', { data: [] })
      .answer('/rejected-mutations', (path: string) => ({
        data: path.includes('dev_2')
          ? [
              {
                id: 'rej_1',
                device_id: 'dev_2',
                seq: 7,
                type: 'order.completed',
                error_code: 'unknown_product',
                error_message: 'product prd_9 does not exist',
                payload: {},
                occurred_at: '2026-12-03T07:00:00.000Z',
                received_at: '2026-12-03T07:01:00.000Z',
              },
            ]
          : [],
      }));
    fakeApi.post.mockImplementation(async (path: string, body?: unknown) =>
      path === '/devices/pairing-codes'
        ? { code: '4821-7730', expires_at: '2026-12-03T09:00:00.000Z', livemode: (body as { livemode: boolean }).livemode }
        : {},
    );
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows each till as online, not seen recently or revoked, with the test-mode mark and its location', async () => {
    show();
    await screen.findByRole('table', { name: 'Devices' });
    expect(within(row('Till 1')).getByText('Online')).toBeTruthy();
    expect(within(row('Till 1')).getByText('Kaffeebar Kreuzberg')).toBeTruthy();
    expect(within(row('Till 1')).queryByText('test mode')).toBeNull();
    expect(within(row('Till 2')).getByText('Not seen recently')).toBeTruthy();
    expect(within(row('Till 2')).getByText('test mode')).toBeTruthy();
    expect(within(row('Old till')).getByText('Revoked')).toBeTruthy();
    // A revoked till cannot be revoked again; the others can.
    expect(within(row('Old till')).queryByRole('button', { name: /Revoke/ })).toBeNull();
    expect(within(row('Till 1')).getByRole('button', { name: 'Revoke Till 1' })).toBeTruthy();
  });

  it('lists a till’s rejected mutations with their reason', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: '2 rejected' }));
    expect(await screen.findByText('product prd_9 does not exist', { exact: false })).toBeTruthy();
    expect(fakeApi.get.mock.calls.map(([path]) => path)).toContain('/rejected-mutations?device_id=dev_2');
  });

  it('revokes a till only after the manager confirms', async () => {
    show();
    const revoke = await screen.findByRole('button', { name: 'Revoke Till 1' });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(revoke);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(fakeApi.post).not.toHaveBeenCalled();
    fireEvent.click(revoke);
    await waitFor(() => expect(fakeApi.post).toHaveBeenCalledWith('/devices/dev_1/revoke', undefined));
  });

  it('creates a pairing code for the chosen location, in test mode when asked', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Pair a till' }));
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: 'loc_hamburg' } });
    fireEvent.click(screen.getByTestId('pair-test-mode'));
    fireEvent.click(screen.getByRole('button', { name: 'Create pairing code' }));
    expect(await screen.findByText('4821-7730')).toBeTruthy();
    expect(fakeApi.post).toHaveBeenCalledWith('/devices/pairing-codes', { location_id: 'loc_hamburg', livemode: false });
    expect(screen.getByRole('button', { name: 'New code' })).toBeTruthy();
  });
});
