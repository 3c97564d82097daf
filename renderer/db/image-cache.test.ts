// The till's offline picture cache: fetches each product picture once, keeps it while a product uses
// it (also offline and after a restart), drops it when none does, and skips what is not a picture.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { imageCacheFor, refreshImageCache, startImageCache, ImageCacheDb } from './image-cache';
import { freshTillDb, testProduct } from './test-till';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const WEBP = new Uint8Array([...new TextEncoder().encode('RIFF'), 9, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')]);
const HTML = new TextEncoder().encode('<!doctype html><title>login</title>');
const url = (name: string) => `https://pos.example.com/images/products/prd_x/${name}`;

/** A fake network: a map of URL → bytes (or status), with every request counted; `offline` rejects them all. */
function network(files: Record<string, Uint8Array | number>) {
  const state = { offline: false, requests: [] as string[] };
  const fetchImage = vi.fn(async (target: string) => {
    state.requests.push(target);
    if (state.offline) throw new TypeError('Failed to fetch');
    const file = files[target];
    if (file === undefined || typeof file === 'number') return new Response('gone', { status: typeof file === 'number' ? file : 404 });
    return new Response(file.slice().buffer, { status: 200 });
  });
  return { state, fetchImage };
}

describe('product picture cache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fetches each picture once, skips failures and non-pictures, and drops pictures no product uses', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = freshTillDb();
    const cache = imageCacheFor(db);
    await db.products.bulkPut([
      testProduct({ name: 'Croissant', image_url: url('a.png') }),
      testProduct({ name: 'Brezel', image_url: url('b.webp') }),
      testProduct({ name: 'Gone', image_url: url('gone.png') }),
      testProduct({ name: 'Login page', image_url: url('html.png') }),
      testProduct({ name: 'Plain', image_url: null }),
    ]);
    const net = network({ [url('a.png')]: PNG, [url('b.webp')]: WEBP, [url('html.png')]: HTML });
    expect(await refreshImageCache(db, cache, net.fetchImage)).toEqual({ fetched: 2, failed: 2, removed: 0 });
    expect(await cache.images.get(url('a.png'))).toMatchObject({ type: 'image/png' });
    expect(new Uint8Array((await cache.images.get(url('b.webp')))!.bytes)).toEqual(WEBP);
    expect(await cache.images.count()).toBe(2);

    // Held pictures are not fetched again (their URL names their content); failed ones are retried.
    net.state.requests.length = 0;
    expect(await refreshImageCache(db, cache, net.fetchImage)).toEqual({ fetched: 0, failed: 2, removed: 0 });
    expect(net.state.requests.sort()).toEqual([url('gone.png'), url('html.png')]);

    // A replaced picture: the new one is fetched, the old one dropped.
    const croissant = (await db.products.where('name').equals('Croissant').first())!;
    await db.products.put({ ...croissant, image_url: url('a2.png') });
    await db.products.where('name').anyOf('Gone', 'Login page').delete();
    net.state.requests.length = 0;
    const afterChange = await refreshImageCache(db, cache, network({ [url('a2.png')]: PNG }).fetchImage);
    expect(afterChange).toEqual({ fetched: 1, failed: 0, removed: 1 });
    expect((await cache.images.toCollection().primaryKeys()).sort()).toEqual([url('a2.png'), url('b.webp')]);
  });

  it('offline, and after a restart, the pictures seen before are still there', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = freshTillDb();
    await db.products.put(testProduct({ image_url: url('a.png') }));
    const net = network({ [url('a.png')]: PNG });
    const stop = startImageCache(db, { fetchImage: net.fetchImage });
    await vi.waitFor(async () => expect(await imageCacheFor(db).images.count()).toBe(1));

    net.state.offline = true;
    await db.products.put(testProduct({ name: 'New while offline', image_url: url('b.png') }));
    await vi.waitFor(() => expect(net.state.requests).toContain(url('b.png')));
    stop();
    expect(await imageCacheFor(db).images.get(url('a.png'))).toBeDefined();

    // A restarted till opens the same cache by name and finds the picture without the network.
    const reopened = new ImageCacheDb(`${db.name}-images`);
    expect(new Uint8Array((await reopened.images.get(url('a.png')))!.bytes)).toEqual(PNG);
    reopened.close();
  });
});
