// The Staff page: who signs in where and whether they are active, adding someone with a PIN (sent only
// when creating), editing without one, resetting a PIN, and deactivating or reactivating.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffView } from '../../../core/api/backoffice';
import { DEFAULT_ROLE_PERMISSIONS } from '../../../core/roles';
import { fakeApi, polyfillDialog, renderInSession, testSession } from '../testing';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { StaffPage } = await import('./staff-page');
polyfillDialog();

const LOCATIONS = [{ id: 'loc_berlin', name: 'Kaffeebar Kreuzberg', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' }];
const person = (id: string, name: string, overrides: Partial<StaffView> = {}): StaffView => ({
  id,
  name,
  role: 'cashier',
  location_id: null,
  active: true,
  created_at: '2026-12-01T08:00:00.000Z',
  updated_at: '2026-12-01T08:00:00.000Z',
  ...overrides,
});
const STAFF = [
  person('stf_ben', 'Ben Weber', { location_id: 'loc_berlin' }),
  person('stf_anna', 'Anna Schmidt', { role: 'manager' }),
  person('stf_old', 'Olaf', { active: false }),
];

const show = () => renderInSession(<StaffPage />, testSession('owner', { locations: LOCATIONS }));
const row = (name: string) => screen.getByRole('cell', { name }).closest('tr')!;

describe('Staff page', () => {
  beforeEach(() => {
    fakeApi.reset();
    fakeApi.answer('/staff', { data: STAFF }).answer('/role-permissions', DEFAULT_ROLE_PERMISSIONS).answer('/discount-limits', { data: [] });
  });
  afterEach(cleanup);

  it('shows where each person signs in and whether they are active', async () => {
    show();
    await screen.findByRole('table', { name: 'Staff' });
    expect(within(row('Ben Weber')).getByText('Kaffeebar Kreuzberg')).toBeTruthy();
    expect(within(row('Anna Schmidt')).getByText('All locations')).toBeTruthy();
    expect(within(row('Anna Schmidt')).getByText('Active')).toBeTruthy();
    expect(within(row('Olaf')).getByText('Inactive')).toBeTruthy();
    expect(within(row('Olaf')).getByRole('button', { name: 'Reactivate Olaf' })).toBeTruthy();
  });

  it('adds a person with their PIN; "All locations" is sent as no location', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Add staff member' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Cem Yılmaz' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'manager' } });
    fireEvent.change(screen.getByLabelText('PIN'), { target: { value: '4711' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(fakeApi.save).toHaveBeenCalledWith('/staff', undefined, { name: 'Cem Yılmaz', role: 'manager', location_id: null }, { pin: '4711' }),
    );
    expect(await screen.findByText('Saved Cem Yılmaz. Tills pick up the change within seconds.')).toBeTruthy();
  });

  it('edits a person without asking for a PIN, and resets a PIN on its own', async () => {
    show();
    await screen.findByRole('table', { name: 'Staff' });
    fireEvent.click(within(row('Ben Weber')).getByRole('button', { name: /Edit/ }));
    expect(screen.queryByLabelText('PIN')).toBeNull();
    expect(screen.getByLabelText<HTMLSelectElement>('Signs in at').value).toBe('loc_berlin');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(fakeApi.save).toHaveBeenCalledWith('/staff', 'stf_ben', { name: 'Ben Weber', role: 'cashier', location_id: 'loc_berlin' }, { pin: '' }),
    );

    fireEvent.click(within(row('Anna Schmidt')).getByRole('button', { name: 'Reset PIN of Anna Schmidt' }));
    fireEvent.change(screen.getByLabelText('New PIN'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set PIN' }));
    await waitFor(() => expect(fakeApi.post).toHaveBeenCalledWith('/staff/stf_anna/pin', { pin: '2468' }));
    expect(await screen.findByText('New PIN set for Anna Schmidt.')).toBeTruthy();
  });

  it('deactivates an active person and reactivates an inactive one', async () => {
    show();
    await screen.findByRole('table', { name: 'Staff' });
    fireEvent.click(within(row('Ben Weber')).getByRole('button', { name: 'Deactivate Ben Weber' }));
    await waitFor(() => expect(fakeApi.patch).toHaveBeenCalledWith('/staff/stf_ben', { active: false }));
    fireEvent.click(within(row('Olaf')).getByRole('button', { name: 'Reactivate Olaf' }));
    await waitFor(() => expect(fakeApi.patch).toHaveBeenCalledWith('/staff/stf_old', { active: true }));
  });
});
