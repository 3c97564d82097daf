// Catalog → Categories: categories listed with colour, position and product count; a new one is sent with
// its colour, position and the location, an edit by its id, and the server's refusal stays in the dialog.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CategoryView } from '../../../../core/api/backoffice';
import { ApiFailure } from '../../api-client';
import type { LocationInfo } from '../../session';
import { fakeApi, polyfillDialog, renderInSession, tableCells } from '../../testing';

vi.mock('../../api-client', async (original) => (await import('../../testing')).mockApiClient(await original()));
const { CategoriesTab } = await import('./categories-tab');
polyfillDialog();

const location: LocationInfo = { id: 'loc_1', name: 'Deli', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' };
const category = (id: string, name: string, color: string | null, sort_order: number, product_count: number): CategoryView => ({
  id,
  location_id: location.id,
  name,
  color,
  sort_order,
  product_count,
});
const CATEGORIES = [category('cat_drinks', 'Drinks', '#2a9d8f', 1, 8), category('cat_misc', 'Misc', null, 2, 0)];

function show(categories: CategoryView[] = CATEGORIES) {
  const onChange = vi.fn();
  renderInSession(<CategoriesTab location={location} categories={categories} onChange={onChange} />);
  return { onChange, user: userEvent.setup() };
}
const dialog = () => screen.getByRole('dialog');

describe('Categories tab', () => {
  beforeEach(() => fakeApi.reset());
  afterEach(cleanup);

  it('lists each category with its colour (— when none), position and product count', () => {
    show();
    expect(tableCells('Categories', 4)).toEqual([
      ['Drinks', '#2a9d8f', '1', '8'],
      ['Misc', '—', '2', '0'],
    ]);
    cleanup();
    show([]);
    expect(screen.getByText('No categories.')).toBeTruthy();
  });

  it('creates a category with colour and position for the location, then closes and reloads', async () => {
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'New category' }));
    expect(within(dialog()).getByRole('heading', { name: 'New category' })).toBeTruthy();
    await user.type(within(dialog()).getByLabelText('Name'), 'Cakes');
    fireEvent.change(within(dialog()).getByLabelText('Colour on the till'), { target: { value: '#e76f51' } });
    await user.clear(within(dialog()).getByLabelText('Position'));
    await user.type(within(dialog()).getByLabelText('Position'), '3');
    await user.click(within(dialog()).getByRole('button', { name: 'Save category' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(fakeApi.save).toHaveBeenCalledWith('/categories', undefined, { name: 'Cakes', color: '#e76f51', sort_order: 3 }, { location_id: 'loc_1' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('sends position 0 when the position is not a number', async () => {
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'New category' }));
    await user.type(within(dialog()).getByLabelText('Name'), 'Bread');
    await user.clear(within(dialog()).getByLabelText('Position'));
    await user.type(within(dialog()).getByLabelText('Position'), 'first');
    await user.click(within(dialog()).getByRole('button', { name: 'Save category' }));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(fakeApi.save).toHaveBeenCalledWith('/categories', undefined, { name: 'Bread', color: '#4a78c2', sort_order: 0 }, { location_id: 'loc_1' });
  });

  it('edits a category from its current values and saves it by its id', async () => {
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'Edit Drinks' }));
    expect(within(dialog()).getByRole('heading', { name: 'Edit category' })).toBeTruthy();
    expect((within(dialog()).getByLabelText('Colour on the till') as HTMLInputElement).value).toBe('#2a9d8f');
    expect((within(dialog()).getByLabelText('Position') as HTMLInputElement).value).toBe('1');
    await user.clear(within(dialog()).getByLabelText('Name'));
    await user.type(within(dialog()).getByLabelText('Name'), 'Cold drinks');
    await user.click(within(dialog()).getByRole('button', { name: 'Save category' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(fakeApi.save).toHaveBeenCalledWith('/categories', 'cat_drinks', { name: 'Cold drinks', color: '#2a9d8f', sort_order: 1 }, { location_id: 'loc_1' });
  });

  it('keeps the dialog open with the server’s message when the save is refused', async () => {
    fakeApi.save.mockRejectedValueOnce(new ApiFailure(400, 'invalid_request', 'name must not be empty.', 'name'));
    const { user, onChange } = show();
    await user.click(screen.getByRole('button', { name: 'Edit Misc' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Save category' }));
    expect((await within(dialog()).findByRole('alert')).textContent).toBe('name must not be empty.');
    expect(onChange).not.toHaveBeenCalled();
  });
});
