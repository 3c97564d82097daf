// Devices → "Settings changed at the tills": each change with its till, kind and detail, who made it and
// who approved (names where known, ids otherwise, — when nobody had to), an empty state, and a load error.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsChangesView } from '../../../core/api/backoffice';
import { ApiFailure } from '../api-client';
import { fakeApi, renderInSession } from '../testing';
import { dateTime } from '../ui';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { SettingsChangesSection } = await import('./settings-changes-section');

type Change = SettingsChangesView['data'][number];
const change = (id: string, overrides: Partial<Change>): Change => ({
  id,
  location_id: 'loc_1',
  device_id: 'dev_1',
  device_name: 'Front till',
  kind: 'hardware',
  detail: 'printer: USB → network 192.168.1.40',
  staff_id: 'stf_ana',
  staff_name: 'Ana',
  approved_by: 'stf_max',
  approved_by_name: 'Max',
  occurred_at: '2026-12-02T09:30:00.000Z',
  ...overrides,
});
const CHANGES = [
  change('set_1', {}),
  change('set_2', {
    kind: 'pairing',
    detail: 'paired again with a new code',
    device_name: null,
    device_id: 'dev_gone',
    staff_name: null,
    approved_by_name: null,
    occurred_at: '2026-12-01T18:00:00.000Z',
  }),
  change('set_3', { device_id: 'dev_2', device_name: 'Bar till', approved_by: null, approved_by_name: null }),
];

const cells = () =>
  screen.getAllByTestId('settings-change').map((r) =>
    within(r)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  );

describe('Settings changes section', () => {
  beforeEach(() => fakeApi.reset());
  afterEach(cleanup);

  it('lists each change as the server orders them, with names where known and ids otherwise', async () => {
    fakeApi.answer('/settings-changes', { data: CHANGES });
    renderInSession(<SettingsChangesSection />);
    await screen.findByRole('table', { name: 'Settings changes' });
    expect(fakeApi.get).toHaveBeenCalledWith('/settings-changes');
    expect(cells()).toEqual([
      [dateTime('2026-12-02T09:30:00.000Z'), 'Front till', 'Hardwareprinter: USB → network 192.168.1.40', 'Ana', 'Max'],
      [dateTime('2026-12-01T18:00:00.000Z'), 'dev_gone', 'Paired againpaired again with a new code', 'stf_ana', 'stf_max'],
      [dateTime('2026-12-02T09:30:00.000Z'), 'Bar till', 'Hardwareprinter: USB → network 192.168.1.40', 'Ana', '—'],
    ]);
  });

  it('says so when no settings were changed at a till', async () => {
    fakeApi.answer('/settings-changes', { data: [] });
    renderInSession(<SettingsChangesSection />);
    expect(await screen.findByText('No settings changed at a till yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the server’s message instead of the list when loading fails', async () => {
    fakeApi.get.mockRejectedValueOnce(new ApiFailure(403, 'forbidden', 'Only owners and managers may see this.'));
    renderInSession(<SettingsChangesSection />);
    expect((await screen.findByRole('alert')).textContent).toBe('Only owners and managers may see this.');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/Loading settings changes/)).toBeNull();
  });
});
