// Product tiles with pictures: a picture the till holds in its offline cache is shown (the name stays
// readable below it); a product without one, a picture not cached yet and a picture that fails to
// decode all leave the category colour tile.
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { imageCacheFor } from '../../db/image-cache';
import { freshTillDb } from '../../db/test-till';
import type { TillDb } from '../../db/till-db';
import { ServicesContext, type TillServices } from '../services';
import { ProductTile } from './product-tile';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const URL_A = 'https://pos.example.com/images/products/prd_a/aaaa.png';

let db: TillDb;
let objectUrls: number;

beforeEach(() => {
  db = freshTillDb();
  objectUrls = 0;
  // jsdom has no object URLs; each call gets a distinct one, as in a browser.
  URL.createObjectURL = vi.fn(() => `blob:till/${++objectUrls}`);
  URL.revokeObjectURL = vi.fn();
});
afterEach(cleanup);

function tile(product: { name: string; image_url?: string | null }, color: string | null = '#1d4ed8') {
  const view = render(
    <ServicesContext.Provider value={{ db } as TillServices}>
      <ProductTile product={product} color={color} price="1,90 €" onPick={() => {}} />
    </ServicesContext.Provider>,
  );
  return { view, button: view.container.querySelector<HTMLButtonElement>('.tile')! };
}
const cachePicture = () => imageCacheFor(db).images.put({ url: URL_A, type: 'image/png', bytes: PNG.slice().buffer, cached_at: new Date().toISOString() });

describe('product tile picture', () => {
  it('shows the cached picture above the name and price, in the category colour frame', async () => {
    await cachePicture();
    const { button } = tile({ name: 'Butter-Croissant', image_url: URL_A });
    await waitFor(() => expect(button.querySelector('img')?.getAttribute('src')).toBe('blob:till/1'));
    expect(button.classList.contains('has-image')).toBe(true);
    expect(button.classList.contains('coloured')).toBe(true);
    expect(button.querySelector('.name')?.textContent).toBe('Butter-Croissant');
    expect(button.querySelector('.price')?.textContent).toBe('1,90 €');
    expect(button.querySelector('img')?.alt).toBe('');
  });

  it('a product without a picture, or with one not cached yet, is the colour tile; the picture appears once cached', async () => {
    const plain = tile({ name: 'Mineralwasser', image_url: null });
    expect(plain.button.querySelector('img')).toBeNull();
    expect(plain.button.classList.contains('has-image')).toBe(false);
    plain.view.unmount();

    const { button: waiting } = tile({ name: 'Zimtschnecke', image_url: URL_A });
    // Let the cache lookup answer (nothing held yet) before looking.
    await act(async () => {
      await imageCacheFor(db).images.get(URL_A);
    });
    expect(waiting.querySelector('img')).toBeNull();
    expect(waiting.classList.contains('coloured')).toBe(true);
    await cachePicture();
    await waitFor(() => expect(waiting.querySelector('img')).not.toBeNull());
  });

  it('a picture that fails to decode falls back to the colour tile instead of a broken icon', async () => {
    await cachePicture();
    const { button } = tile({ name: 'Rhabarberschorle', image_url: URL_A });
    await waitFor(() => expect(button.querySelector('img')).not.toBeNull());
    fireEvent.error(button.querySelector('img')!);
    expect(button.querySelector('img')).toBeNull();
    expect(button.classList.contains('has-image')).toBe(false);
    expect(button.classList.contains('coloured')).toBe(true);
  });

  it('revokes the object URL when the tile goes', async () => {
    await cachePicture();
    const { view, button } = tile({ name: 'Croissant', image_url: URL_A });
    await waitFor(() => expect(button.querySelector('img')).not.toBeNull());
    view.unmount();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:till/1');
  });
});
