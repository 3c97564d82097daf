// Catalog → Taxes: rates listed as percent with their product counts and the location's tax mode, a rate
// typed as percent is sent in parts per million (new ones with the location), nonsense rates are refused
// before sending, and the server's refusal stays in the dialog.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaxRateView } from '../../../../core/api/backoffice';
import { ApiFailure } from '../../api-client';
import type { LocationInfo } from '../../session';
import { fakeApi, polyfillDialog, renderInSession, tableCells } from '../../testing';

vi.mock('../../api-client', async (original) => (await import('../../testing')).mockApiClient(await original()));
const { TaxesTab } = await import('./taxes-tab');
polyfillDialog();

const location: LocationInfo = { id: 'loc_1', name: 'Deli', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' };
const rate = (id: string, name: string, rate_ppm: number, product_count: number): TaxRateView => ({
  id,
  location_id: location.id,
  name,
  rate_ppm,
  product_count,
});
const RATES = [rate('tax_std', 'VAT standard', 190_000, 12), rate('tax_red', 'VAT reduced', 70_000, 3)];

function show(rates: TaxRateView[] = RATES, where: LocationInfo = location) {
  const onChange = vi.fn();
  renderInSession(<TaxesTab location={where} rates={rates} onChange={onChange} />);
  return { onChange, user: userEvent.setup() };
}
const dialog = () => screen.getByRole('dialog');

describe('Taxes tab', () => {
  beforeEach(() => fakeApi.reset());
  afterEach(cleanup);

  it('lists each rate as percent with its product count, and says whether prices include tax', () => {
    show();
    expect(tableCells('Tax rates', 3)).toEqual([
      ['VAT standard', '19 %', '12'],
      ['VAT reduced', '7 %', '3'],
    ]);
    expect(screen.getByText(/Prices at Deli are tax-inclusive/)).toBeTruthy();
    cleanup();
    show([], { ...location, tax_mode: 'exclusive' });
    expect(screen.getByText('No tax rates.')).toBeTruthy();
    expect(screen.getByText(/Prices at Deli are tax-exclusive/)).toBeTruthy();
  });

  it('refuses a rate that is not a percentage from 0 to 100 without sending it', async () => {
    const { user } = show();
    await user.click(screen.getByRole('button', { name: 'New tax rate' }));
    await user.type(within(dialog()).getByLabelText('Name'), 'Luxury');
    await user.type(within(dialog()).getByLabelText('Rate (%)'), '150');
    await user.click(within(dialog()).getByRole('button', { name: 'Save tax rate' }));
    expect((await within(dialog()).findByRole('alert')).textContent).toBe('Enter the rate as a percentage from 0 to 100, e.g. 19 or 8.875.');
    await user.clear(within(dialog()).getByLabelText('Rate (%)'));
    await user.type(within(dialog()).getByLabelText('Rate (%)'), 'abc');
    await user.click(within(dialog()).getByRole('button', { name: 'Save tax rate' }));
    expect(within(dialog()).getByRole('alert')).toBeTruthy();
    expect(fakeApi.save).not.toHaveBeenCalled();
  });

  it('creates a rate typed with a decimal comma in parts per million for the location, then closes and reloads', async () => {
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'New tax rate' }));
    expect(within(dialog()).getByRole('heading', { name: 'New tax rate' })).toBeTruthy();
    await user.type(within(dialog()).getByLabelText('Name'), 'Sales tax');
    await user.type(within(dialog()).getByLabelText('Rate (%)'), '8,875');
    await user.click(within(dialog()).getByRole('button', { name: 'Save tax rate' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(fakeApi.save).toHaveBeenCalledWith('/tax-rates', undefined, { name: 'Sales tax', rate_ppm: 88_750 }, { location_id: 'loc_1' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('edits a rate from its current percent and saves it by its id', async () => {
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'Edit VAT reduced' }));
    expect(within(dialog()).getByRole('heading', { name: 'Edit tax rate' })).toBeTruthy();
    expect((within(dialog()).getByLabelText('Rate (%)') as HTMLInputElement).value).toBe('7');
    await user.clear(within(dialog()).getByLabelText('Rate (%)'));
    await user.type(within(dialog()).getByLabelText('Rate (%)'), '5');
    await user.click(within(dialog()).getByRole('button', { name: 'Save tax rate' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(fakeApi.save).toHaveBeenCalledWith('/tax-rates', 'tax_red', { name: 'VAT reduced', rate_ppm: 50_000 }, { location_id: 'loc_1' });
  });

  it('keeps the dialog open with the server’s message when the save is refused', async () => {
    fakeApi.save.mockRejectedValueOnce(new ApiFailure(409, 'duplicate_name', 'A tax rate with this name already exists.', 'name'));
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'New tax rate' }));
    await user.type(within(dialog()).getByLabelText('Name'), 'VAT standard');
    await user.type(within(dialog()).getByLabelText('Rate (%)'), '19');
    await user.click(within(dialog()).getByRole('button', { name: 'Save tax rate' }));
    expect((await within(dialog()).findByRole('alert')).textContent).toBe('A tax rate with this name already exists.');
    expect(onChange).not.toHaveBeenCalled();
  });
});
