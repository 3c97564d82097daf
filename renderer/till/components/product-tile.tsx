// A product tile of the sell screen: the name (font stepped down so its longest word fits, never
// broken mid-word; decisions: till design), the price, the category colour with text of AA contrast, and
// the product picture when the till holds it in its offline cache (a missing or broken one leaves the colour tile).
import { useState, type CSSProperties } from 'react';
import { tileColours } from '../../../core/colour-contrast';
import { useCachedImage } from '../use-cached-image';

/** The name's unbreakable runs: words split at spaces, and after a hyphen or a soft hyphen (where the browser may break). */
export function unbreakableRuns(name: string): string[] {
  return name
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=[-\u00ad])/))
    .map((part) => part.replace(/\u00ad/g, ''))
    .filter((part) => part !== '');
}

let measureContext: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/**
 * Width of the name's longest unbreakable run in em of the tile's bold face (canvas text metrics,
 * cached per name); where there is no canvas (tests) an estimate of 0.6 em per character. The tile
 * sizes its font so this run fits one line.
 */
export function longestRunEm(name: string): number {
  const cached = widths.get(name);
  if (cached !== undefined) return cached;
  if (measureContext === undefined) {
    // OffscreenCanvas: Chromium, Electron, Firefox, Safari 16.4+; absent in jsdom (unit tests estimate).
    measureContext = typeof OffscreenCanvas === 'undefined' ? null : (new OffscreenCanvas(1, 1).getContext('2d') as CanvasRenderingContext2D | null);
    if (measureContext) measureContext.font = `700 100px ${getComputedStyle(document.documentElement).fontFamily || 'sans-serif'}`;
  }
  const runs = unbreakableRuns(name);
  const em = Math.max(1, ...runs.map((run) => (measureContext ? measureContext.measureText(run).width / 100 : [...run].length * 0.6)));
  // A little room for rounding and the subpixel layout the canvas does not do.
  const result = Math.round(em * 1.04 * 100) / 100;
  widths.set(name, result);
  return result;
}

export interface ProductTileProps {
  product: { name: string; image_url?: string | null };
  /** the category's `#rrggbb` colour, or null for a plain tile */
  color: string | null;
  price: string;
  onPick(): void;
}

export function ProductTile({ product, color, price, onPick }: ProductTileProps) {
  const cached = useCachedImage(product.image_url);
  // The src that failed to decode; a new picture (another object URL) gets its own chance.
  const [broken, setBroken] = useState<string | null>(null);
  const image = cached && cached !== broken ? cached : null;
  const colours = color ? tileColours(color) : null;
  const style = {
    '--word-em': longestRunEm(product.name),
    ...(colours ? { '--tile-bg': colours.background, '--tile-ink': colours.ink } : {}),
  } as CSSProperties;
  const className = ['tile', colours ? 'coloured' : '', image ? 'has-image' : ''].filter(Boolean).join(' ');
  return (
    <button type="button" className={className} style={style} title={product.name} onClick={onPick}>
      {image && <img className="image" src={image} alt="" draggable={false} onError={() => setBroken(image)} />}
      <span className="name">{product.name}</span>
      <span className="price">{price}</span>
    </button>
  );
}
