// The product editor's picture: the current one is shown, a chosen file is checked by its bytes and
// previewed, and saving uploads it (or removes the picture) after the product itself is saved.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Product } from '../../../../core/api/catalog';
import { polyfillDialog } from '../../testing';

const calls: string[] = [];
const get = vi.fn(async (): Promise<unknown> => ({ data: [], next_cursor: null }));
const save = vi.fn(async (collection: string, id: string | undefined, body: object): Promise<unknown> => {
  calls.push(`${id ? 'PATCH' : 'POST'} ${collection}${id ? `/${id}` : ''}`);
  return { ...body, id: id ?? 'prd_new' };
});
const upload = vi.fn(async (path: string, file: Blob): Promise<unknown> => {
  calls.push(`PUT ${path} ${file.size}`);
  return {};
});
const del = vi.fn(async (path: string): Promise<unknown> => {
  calls.push(`DELETE ${path}`);
  return {};
});
vi.mock('../../api-client', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  get: () => get(),
  save: (collection: string, id: string | undefined, body: object) => save(collection, id, body),
  upload: (path: string, file: Blob) => upload(path, file),
  del: (path: string) => del(path),
}));
const { ProductsTab } = await import('./products-tab');

polyfillDialog();

const location = { id: 'loc_1', name: 'Café', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' };
const catalog = { tax_rates: [{ id: 'tax_1', name: 'Reduced', rate_ppm: 70_000 }], categories: [], modifier_groups: [] } as never;
const IMAGE_URL = 'https://pos.example.com/images/products/prd_1/0123.png';
const croissant = {
  id: 'prd_1',
  name: 'Croissant',
  price: 190,
  currency: 'EUR',
  sold_by_weight: false,
  tare_grams: 0,
  barcodes: [],
  modifier_groups: [],
  category: null,
  stock: null,
  active: true,
  sku: null,
  tax_rate: { id: 'tax_1', name: 'Reduced', rate_ppm: 70_000 },
  image_url: IMAGE_URL,
} as unknown as Product;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const GIF = new TextEncoder().encode('GIF89a..........');

async function editCroissant() {
  get.mockResolvedValueOnce({ data: [croissant], next_cursor: null });
  render(<ProductsTab location={location} catalog={catalog} />);
  fireEvent.click(await screen.findByRole('button', { name: /Edit Croissant/ }));
}
const choose = (label: RegExp, bytes: Uint8Array, name: string, type: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { files: [new File([new Uint8Array(bytes)], name, { type })] } });

describe('product picture in the editor', () => {
  beforeEach(() => {
    calls.length = 0;
    vi.clearAllMocks();
  });
  afterEach(cleanup);

  it('shows the current picture, previews a new one and uploads it after saving the product', async () => {
    await editCroissant();
    expect(screen.getByRole<HTMLImageElement>('img', { name: 'Product picture' }).src).toBe(IMAGE_URL);
    choose(/Replace picture/, PNG, 'croissant.png', 'image/png');
    await waitFor(() => expect(screen.getByRole<HTMLImageElement>('img', { name: 'Product picture' }).src).toMatch(/^data:image\/png;base64,/));
    expect(upload).not.toHaveBeenCalled(); // nothing leaves before Save
    fireEvent.click(screen.getByRole('button', { name: 'Save product' }));
    await waitFor(() => expect(calls).toEqual(['PATCH /products/prd_1', `PUT /products/prd_1/image ${PNG.length}`]));
  });

  it('refuses a file that is not a PNG, JPEG or WebP, whatever its name and type say', async () => {
    await editCroissant();
    choose(/Replace picture/, GIF, 'fake.png', 'image/png');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Choose a PNG, JPEG or WebP picture.');
    expect(screen.getByRole<HTMLImageElement>('img', { name: 'Product picture' }).src).toBe(IMAGE_URL);
    fireEvent.click(screen.getByRole('button', { name: 'Save product' }));
    await waitFor(() => expect(calls).toEqual(['PATCH /products/prd_1']));
  });

  it('removes the picture on save; the tile then shows the category colour', async () => {
    await editCroissant();
    fireEvent.click(screen.getByRole('button', { name: 'Remove picture' }));
    expect(screen.queryByRole('img', { name: 'Product picture' })).toBeNull();
    expect(screen.getByText(/No picture: the tills show the category colour/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save product' }));
    await waitFor(() => expect(calls).toEqual(['PATCH /products/prd_1', 'DELETE /products/prd_1/image']));
  });

  it('a new product gets its picture once it exists; a failed upload is said and a retry does not create it twice', async () => {
    render(<ProductsTab location={location} catalog={catalog} />);
    fireEvent.click(screen.getByRole('button', { name: 'New product' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Brezel' } });
    fireEvent.change(screen.getByLabelText('Price (EUR)'), { target: { value: '1.20' } });
    choose(/Add a picture/, PNG, 'brezel.png', 'image/png');
    await screen.findByRole('img', { name: 'Product picture' });
    upload.mockRejectedValueOnce(new Error('network down'));
    fireEvent.click(screen.getByRole('button', { name: 'Create product' }));
    expect(await screen.findByText('The product was saved, but not its picture: network down')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create product' }));
    await waitFor(() => expect(calls).toEqual(['POST /products', 'PATCH /products/prd_new', `PUT /products/prd_new/image ${PNG.length}`]));
  });
});
