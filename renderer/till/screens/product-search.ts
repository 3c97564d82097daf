// Product search on the sell screen: the catalog indexed once per change (sorted as the grid shows it,
// lower-cased), and matching by name words, SKU or barcode, best matches first.
import type { TillProduct } from '../../../core/sync/catalog';

/** The most tiles the grid shows at once (search or category). */
export const MAX_TILES = 120;

/**
 * The catalog prepared for searching: sorted as the grid shows it (sort, then name) and lower-cased
 * once per catalog change, so a keystroke only scans and never re-sorts or re-lowercases 50 000 names.
 */
export interface ProductSearchIndex {
  readonly entries: readonly { readonly p: TillProduct; readonly name: string; readonly sku: string | undefined; readonly rank: number }[];
}

export function indexProducts(products: readonly TillProduct[]): ProductSearchIndex {
  const sorted = [...products].sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name));
  return { entries: sorted.map((p, rank) => ({ p, name: p.name.toLowerCase(), sku: p.sku?.toLowerCase(), rank })) };
}

/** Products matching the search text (name words, SKU or barcode), best matches first. */
export function searchProducts(index: ProductSearchIndex, text: string, limit = MAX_TILES): TillProduct[] {
  const q = text.trim().toLowerCase();
  if (q === '') return index.entries.slice(0, limit).map((e) => e.p);
  const words = q.split(/\s+/);
  const scored: { p: TillProduct; score: number; rank: number }[] = [];
  for (const { p, name, sku, rank } of index.entries) {
    if (p.barcode === q || sku === q) {
      scored.push({ p, score: 0, rank });
      continue;
    }
    if (words.every((w) => name.includes(w))) scored.push({ p, score: name.startsWith(q) ? 1 : 2, rank });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.rank - b.rank)
    .slice(0, limit)
    .map((s) => s.p);
}
