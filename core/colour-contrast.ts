// Colour contrast by WCAG 2.x: relative luminance, contrast ratio, and the text colour that reads
// best on a background (product tiles in category colours, shared by the till and the back office).

/** Dark ink and white: the two text colours a coloured tile may use. */
export const DARK_INK = '#111827';
export const LIGHT_INK = '#ffffff';
/** WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX = /^#([0-9a-f]{6})$/i;

/** `#rrggbb` → [r, g, b] 0–255, or null for anything else. */
export function parseHexColour(colour: string): [number, number, number] | null {
  const m = HEX.exec(colour.trim());
  if (!m) return null;
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour (0 black … 1 white). */
export function relativeLuminance(colour: string): number {
  const rgb = parseHexColour(colour);
  if (!rgb) throw new RangeError(`not a #rrggbb colour: ${colour}`);
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * How to show text on a background colour: the till's dark ink or white, whichever contrasts more;
 * pure black on the mid-tones where neither reaches AA (every `#rrggbb` has at least 4.58:1 with
 * black or white, so the pick always meets WCAG AA).
 */
export function tileColours(background: string): { background: string; ink: string; contrast: number } {
  const bg = background.trim().toLowerCase();
  const dark = contrastRatio(bg, DARK_INK);
  const light = contrastRatio(bg, LIGHT_INK);
  if (Math.max(dark, light) < MIN_TEXT_CONTRAST) return { background: bg, ink: '#000000', contrast: contrastRatio(bg, '#000000') };
  return dark >= light ? { background: bg, ink: DARK_INK, contrast: dark } : { background: bg, ink: LIGHT_INK, contrast: light };
}
