// The product editor: a product sold by weight is sent with its flag and tare, its price labelled per kg.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Product } from '../../../../core/api/catalog';
import { polyfillDialog } from '../../testing';

const get = vi.fn(async (): Promise<unknown> => ({ data: [], next_cursor: null }));
const post = vi.fn(async (_path: string, body: unknown): Promise<unknown> => body);
vi.mock('../../api-client', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  get: () => get(),
  save: (collection: string, _id: string | undefined, body: object, createOnly: object) => post(collection, { ...body, ...createOnly }),
}));
const { ProductsTab } = await import('./products-tab');

polyfillDialog();

const location = { id: 'loc_1', name: 'Deli', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' };
const catalog = { tax_rates: [{ id: 'tax_1', name: 'Reduced', rate_ppm: 70_000 }], categories: [], modifier_groups: [] } as never;

describe('product editor', () => {
  afterEach(cleanup);

  it('creates a product sold by weight with its tare; the price is per kg', async () => {
    render(<ProductsTab location={location} catalog={catalog} />);
    fireEvent.click(screen.getByRole('button', { name: 'New product' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Oliven' } });
    fireEvent.click(screen.getByLabelText(/Sold by weight/));
    fireEvent.change(screen.getByLabelText('Price per kg (EUR)'), { target: { value: '12,90' } });
    fireEvent.change(screen.getByLabelText('Tare (g)'), { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create product' }));
    await waitFor(() => expect(post).toHaveBeenCalled());
    expect(post.mock.calls[0]![1]).toMatchObject({ name: 'Oliven', price: 1290, sold_by_weight: true, tare_grams: 15, location_id: 'loc_1' });
  });

  it('refuses a tare that is not whole grams, and lists weighed products per kg', async () => {
    post.mockClear();
    const olives = {
      id: 'prd_1',
      name: 'Oliven',
      price: 1290,
      currency: 'EUR',
      sold_by_weight: true,
      tare_grams: 15,
      barcodes: [],
      modifier_groups: [],
      category: null,
      stock: null,
      active: true,
      sku: null,
      tax_rate: { id: 'tax_1', name: 'Reduced', rate_ppm: 70_000 },
    } as unknown as Product;
    get.mockResolvedValueOnce({ data: [olives], next_cursor: null });
    render(<ProductsTab location={location} catalog={catalog} />);
    const table = await screen.findByRole('table', { name: 'Products' });
    expect(table.textContent).toContain('Oliven');
    expect(table.textContent).toContain('/kg');
    fireEvent.click(screen.getByRole('button', { name: 'New product' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Nüsse' } });
    fireEvent.click(screen.getByLabelText(/Sold by weight/));
    fireEvent.change(screen.getByLabelText('Price per kg (EUR)'), { target: { value: '20' } });
    fireEvent.change(screen.getByLabelText('Tare (g)'), { target: { value: '1.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create product' }));
    await screen.findByText('The tare is a whole number of grams from 0 to 100000.');
    expect(post).not.toHaveBeenCalled();
  });
});
