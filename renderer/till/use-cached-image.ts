// A product picture for a tile, from the till's offline picture cache (renderer/db/image-cache.ts):
// an object URL of the cached bytes, or null while the picture is not cached (the tile then shows
// its category colour). Outside a till (no services, e.g. a component test) there is no cache.
import { useContext, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { imageCacheFor } from '../db/image-cache';
import { ServicesContext } from './services';

export function useCachedImage(url: string | null | undefined): string | null {
  const services = useContext(ServicesContext);
  const cache = services ? imageCacheFor(services.db) : null;
  const cached = useLiveQuery(async () => (cache && url ? ((await cache.images.get(url)) ?? null) : null), [cache, url]);
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!cached) {
      setSrc(null);
      return;
    }
    const objectUrl = URL.createObjectURL(new Blob([cached.bytes], { type: cached.type }));
    setSrc(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [cached]);
  return src;
}
