// Product tiles with pictures: a picture the till holds in its offline cache is shown (the name stays
// readable below it); a product without one, a picture not cached yet and a picture that fails to
// decode all leave the category colour tile.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { imageCacheFor } from '../../db/image-cache';
import { freshTillDb } from '../../db/test-till';
import type { TillDb } from '../../db/till-db';
import { ServicesContext, type TillServices } from '../services';
import { render, type Rendered } from '../testing/render';
import { ProductTile } from './product-tile';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const URL_A = 'https://pos.example.com/images/products/prd_a/aaaa.png';

let view: Rendered | null = null;
let db: TillDb;
let objectUrls: number;

beforeEach(() => {
  db = freshTillDb();
  objectUrls = 0;
  // jsdom has no object URLs; each call gets a distinct one, as in a browser.
  URL.createObjectURL = vi.fn(() => `blob:till/${++objectUrls}`);
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  view?.unmount();
  view = null;
});

/** Waits for `check` to pass, letting Dexie's live queries and React's updates run inside act(). */
async function until(check: () => void): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    try {
      return check();
    } catch (error) {
      if (attempt >= 150) throw error;
    }
  }
}

async function tile(product: { name: string; image_url?: string | null }, color: string | null = '#1d4ed8') {
  view = await render(
    <ServicesContext.Provider value={{ db } as TillServices}>
      <ProductTile product={product} color={color} price="1,90 €" onPick={() => {}} />
    </ServicesContext.Provider>,
  );
  return view.container.querySelector<HTMLButtonElement>('.tile')!;
}

describe('product tile picture', () => {
  it('shows the cached picture above the name and price, in the category colour frame', async () => {
    await imageCacheFor(db).images.put({ url: URL_A, type: 'image/png', bytes: PNG.slice().buffer, cached_at: new Date().toISOString() });
    const button = await tile({ name: 'Butter-Croissant', image_url: URL_A });
    await until(() => expect(button.querySelector('img')?.getAttribute('src')).toBe('blob:till/1'));
    expect(button.classList.contains('has-image')).toBe(true);
    expect(button.classList.contains('coloured')).toBe(true);
    expect(button.querySelector('.name')?.textContent).toBe('Butter-Croissant');
    expect(button.querySelector('.price')?.textContent).toBe('1,90 €');
    expect(button.querySelector('img')?.alt).toBe('');
  });

  it('a product without a picture, or with one not cached yet, is the colour tile; the picture appears once cached', async () => {
    const plain = await tile({ name: 'Mineralwasser', image_url: null });
    expect(plain.querySelector('img')).toBeNull();
    expect(plain.classList.contains('has-image')).toBe(false);
    view!.unmount();

    const waiting = await tile({ name: 'Zimtschnecke', image_url: URL_A });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(waiting.querySelector('img')).toBeNull();
    expect(waiting.classList.contains('coloured')).toBe(true);
    await imageCacheFor(db).images.put({ url: URL_A, type: 'image/png', bytes: PNG.slice().buffer, cached_at: new Date().toISOString() });
    await until(() => expect(waiting.querySelector('img')).not.toBeNull());
  });

  it('a picture that fails to decode falls back to the colour tile instead of a broken icon', async () => {
    await imageCacheFor(db).images.put({ url: URL_A, type: 'image/png', bytes: PNG.slice().buffer, cached_at: new Date().toISOString() });
    const button = await tile({ name: 'Rhabarberschorle', image_url: URL_A });
    await until(() => expect(button.querySelector('img')).not.toBeNull());
    await act(async () => {
      button.querySelector('img')!.dispatchEvent(new Event('error'));
    });
    expect(button.querySelector('img')).toBeNull();
    expect(button.classList.contains('has-image')).toBe(false);
    expect(button.classList.contains('coloured')).toBe(true);
  });

  it('revokes the object URL when the tile goes', async () => {
    await imageCacheFor(db).images.put({ url: URL_A, type: 'image/png', bytes: PNG.slice().buffer, cached_at: new Date().toISOString() });
    const button = await tile({ name: 'Croissant', image_url: URL_A });
    await until(() => expect(button.querySelector('img')).not.toBeNull());
    view!.unmount();
    view = null;
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:till/1');
  });
});
