// Catalog → Modifiers: groups listed with how many to choose and their modifiers' price changes; a group is
// sent with its bounds and modifiers in minor units (unnamed rows dropped, existing ones by id), a price
// that is not an amount is refused before sending, and the server's refusal stays in the dialog.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModifierGroupView } from '../../../../core/api/backoffice';
import { ApiFailure } from '../../api-client';
import type { LocationInfo } from '../../session';
import { fakeApi, polyfillDialog, renderInSession, tableCells } from '../../testing';

vi.mock('../../api-client', async (original) => (await import('../../testing')).mockApiClient(await original()));
const { ModifiersTab } = await import('./modifiers-tab');
polyfillDialog();

const location: LocationInfo = { id: 'loc_1', name: 'Deli', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' };
const MILK: ModifierGroupView = {
  id: 'mg_milk',
  location_id: location.id,
  name: 'Milk',
  min_select: 0,
  max_select: 1,
  modifiers: [
    { id: 'mod_oat', name: 'Oat', price_delta: 40, sort_order: 0 },
    { id: 'mod_none', name: 'No milk', price_delta: -20, sort_order: 1 },
  ],
};

function show(groups: ModifierGroupView[] = [MILK]) {
  const onChange = vi.fn();
  renderInSession(<ModifiersTab location={location} groups={groups} onChange={onChange} />);
  return { onChange, user: userEvent.setup() };
}
const dialog = () => screen.getByRole('dialog');
const field = (label: string) => within(dialog()).getByLabelText(label);
const fields = (label: string) => within(dialog()).getAllByLabelText(label);

describe('Modifiers tab', () => {
  beforeEach(() => fakeApi.reset());
  afterEach(cleanup);

  it('lists each group with its choice bounds and its modifiers’ signed price changes', () => {
    show();
    expect(tableCells('Modifier groups', 3)).toEqual([['Milk', '0–1', 'Oat (+€0.40), No milk (-€0.20)']]);
    cleanup();
    show([]);
    expect(screen.getByText('No modifier groups.')).toBeTruthy();
  });

  it('creates a group with its bounds and modifiers in minor units for the location, leaving out unnamed rows', async () => {
    const { user, onChange } = show([]);
    await user.click(screen.getByRole('button', { name: 'New modifier group' }));
    expect(within(dialog()).getByRole('heading', { name: 'New modifier group' })).toBeTruthy();
    await user.type(fields('Name')[0]!, 'Syrup');
    await user.clear(field('Choose at least'));
    await user.type(field('Choose at least'), '1');
    await user.clear(field('Choose at most'));
    await user.type(field('Choose at most'), '2');
    await user.type(fields('Name')[1]!, 'Vanilla');
    await user.clear(field('Price change (EUR)'));
    await user.type(field('Price change (EUR)'), '0,50');
    await user.click(within(dialog()).getByRole('button', { name: 'Add modifier' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Add modifier' }));
    await user.type(fields('Name')[2]!, ' Caramel ');
    await user.clear(fields('Price change (EUR)')[1]!);
    await user.type(fields('Price change (EUR)')[1]!, '0.60');
    await user.click(within(dialog()).getByRole('button', { name: 'Save group' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(fakeApi.save).toHaveBeenCalledWith(
      '/modifier-groups',
      undefined,
      {
        name: 'Syrup',
        min_select: 1,
        max_select: 2,
        modifiers: [
          { name: 'Vanilla', price_delta: 50 },
          { name: 'Caramel', price_delta: 60 },
        ],
      },
      { location_id: 'loc_1' },
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses a price change that is not an amount, naming the currency, without sending', async () => {
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'Edit Milk' }));
    await user.clear(fields('Price change (EUR)')[0]!);
    await user.type(fields('Price change (EUR)')[0]!, 'forty cents');
    await user.click(within(dialog()).getByRole('button', { name: 'Save group' }));
    expect((await within(dialog()).findByRole('alert')).textContent).toBe('Enter price changes as amounts in EUR, e.g. 0.40 or -0.20.');
    expect(fakeApi.save).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('edits a group keeping its modifiers’ ids, and drops a removed modifier', async () => {
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'Edit Milk' }));
    expect(within(dialog()).getByRole('heading', { name: 'Edit modifier group' })).toBeTruthy();
    expect(fields('Price change (EUR)').map((i) => (i as HTMLInputElement).value)).toEqual(['0.40', '-0.20']);
    await user.click(within(dialog()).getByRole('button', { name: 'Remove modifier No milk' }));
    await user.clear(field('Price change (EUR)'));
    await user.type(field('Price change (EUR)'), '0.45');
    await user.click(within(dialog()).getByRole('button', { name: 'Save group' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(fakeApi.save).toHaveBeenCalledWith(
      '/modifier-groups',
      'mg_milk',
      { name: 'Milk', min_select: 0, max_select: 1, modifiers: [{ id: 'mod_oat', name: 'Oat', price_delta: 45 }] },
      { location_id: 'loc_1' },
    );
  });

  it('keeps the dialog open with the server’s message when the save is refused', async () => {
    fakeApi.save.mockRejectedValueOnce(new ApiFailure(400, 'invalid_request', 'min_select must not exceed max_select.', 'min_select'));
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'Edit Milk' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Save group' }));
    expect((await within(dialog()).findByRole('alert')).textContent).toBe('min_select must not exceed max_select.');
    expect(onChange).not.toHaveBeenCalled();
  });
});
