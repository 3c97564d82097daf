// The till's offline copy of product pictures (issue 10): the bytes behind every product's
// image_url, in an IndexedDB database of their own beside the till's (a cache, not records: it can
// be dropped at any time and needs no TillDb version). Tiles show only pictures held here, so a till
// offline shows every picture it has seen. Picture URLs name their content hash: a URL once fetched
// never needs fetching again, and one no product uses any more is dropped.
import Dexie, { liveQuery, type Table } from 'dexie';
import { PRODUCT_IMAGE_MAX_BYTES, sniffProductImageType } from '../../core/product-image';
import type { TillDb } from './till-db';

export interface CachedImage {
  url: string;
  type: string;
  /** the picture's bytes (an ArrayBuffer: structured-clone safe everywhere, Blobs are not in every IndexedDB) */
  bytes: ArrayBuffer;
  cached_at: string;
}

export class ImageCacheDb extends Dexie {
  images!: Table<CachedImage, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ images: 'url' });
  }
}

const caches = new WeakMap<TillDb, ImageCacheDb>();

/** The picture cache that belongs to this till database (one instance per database). */
export function imageCacheFor(db: TillDb): ImageCacheDb {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ImageCacheDb(`${db.name}-images`);
    caches.set(db, cache);
  }
  return cache;
}

export type FetchImage = (url: string) => Promise<Response>;

const defaultFetch: FetchImage = (url) => fetch(url, { mode: 'cors', credentials: 'omit' });

/** The picture URLs the till's products use now. */
export async function wantedImageUrls(db: TillDb): Promise<Set<string>> {
  const urls = new Set<string>();
  await db.products.each((p) => {
    if (p.image_url) urls.add(p.image_url);
  });
  return urls;
}

/**
 * Fetches every wanted picture not held yet and drops those no product uses. A picture that cannot
 * be fetched (offline, gone, not a picture) is left for the next round; the tile meanwhile shows the
 * category colour.
 */
export async function refreshImageCache(
  db: TillDb,
  cache: ImageCacheDb,
  fetchImage: FetchImage = defaultFetch,
): Promise<{ fetched: number; failed: number; removed: number }> {
  const wanted = await wantedImageUrls(db);
  const held = new Set(await cache.images.toCollection().primaryKeys());
  const unused = [...held].filter((url) => !wanted.has(url));
  await cache.images.bulkDelete(unused);
  let fetched = 0;
  let failed = 0;
  for (const url of wanted) {
    if (held.has(url)) continue;
    try {
      const response = await fetchImage(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = await response.arrayBuffer();
      const type = sniffProductImageType(new Uint8Array(bytes));
      if (!type || bytes.byteLength > PRODUCT_IMAGE_MAX_BYTES) throw new Error('not a PNG, JPEG or WebP picture of at most 2 MB');
      await cache.images.put({ url, type, bytes, cached_at: new Date().toISOString() });
      fetched += 1;
    } catch (error) {
      failed += 1;
      console.warn('product picture not cached (the tile shows its colour until a later try)', {
        url,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { fetched, failed, removed: unused.length };
}

const RETRY_MS = 5 * 60_000;

/**
 * Keeps the cache in step with the catalog: refreshes when the products' picture URLs change, when
 * the browser comes back online, and every few minutes while something failed. Returns a stop function.
 */
export function startImageCache(
  db: TillDb,
  options: { fetchImage?: FetchImage; window?: Pick<Window, 'addEventListener' | 'removeEventListener'> } = {},
): () => void {
  const cache = imageCacheFor(db);
  let running: Promise<unknown> = Promise.resolve();
  let retry: ReturnType<typeof setTimeout> | null = null;
  const refresh = () => {
    running = running
      .then(async () => {
        const result = await refreshImageCache(db, cache, options.fetchImage);
        if (retry) clearTimeout(retry);
        retry = result.failed > 0 ? setTimeout(refresh, RETRY_MS) : null;
      })
      .catch((error: unknown) => console.warn('product picture cache refresh failed', error));
  };
  const subscription = liveQuery(async () => [...(await wantedImageUrls(db))].sort().join('\n')).subscribe({
    next: refresh,
    error: (error: unknown) => console.warn('product picture cache stopped watching the catalog', error),
  });
  options.window?.addEventListener('online', refresh);
  return () => {
    subscription.unsubscribe();
    options.window?.removeEventListener('online', refresh);
    if (retry) clearTimeout(retry);
  };
}
