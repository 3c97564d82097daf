// Keyboard-wedge barcode scanners "type" a code much faster than a person and end it with Enter.
// These pure functions tell such a burst from typing, so a scan works wherever the focus is.

export interface WedgeOptions {
  /** Largest gap between two characters of one scan (ms); people type ≥ ~80 ms apart. */
  maxGapMs: number;
  /** Fewest characters a scan has (EAN-8 is 8; shorter bursts are treated as typing). */
  minLength: number;
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = { maxGapMs: 30, minLength: 4 };

export interface Keystroke {
  char: string;
  /** Event time in ms (KeyboardEvent.timeStamp). */
  time: number;
}

/** The characters of the burst in progress. */
export interface WedgeState {
  strokes: Keystroke[];
}

export const EMPTY_WEDGE: WedgeState = { strokes: [] };

/** A single printable character (what a scanner sends); named keys like "Shift" are not. */
export function isWedgeChar(key: string): boolean {
  return key.length === 1 && key >= ' ' && key !== '\u007f';
}

/**
 * Adds a printable character. A gap longer than `maxGapMs` since the previous character starts
 * a new burst, so a person's slow typing never accumulates into a scan.
 */
export function pushChar(state: WedgeState, stroke: Keystroke, options: WedgeOptions = DEFAULT_WEDGE_OPTIONS): WedgeState {
  const last = state.strokes[state.strokes.length - 1];
  if (!last || stroke.time - last.time > options.maxGapMs || stroke.time < last.time) return { strokes: [stroke] };
  return { strokes: [...state.strokes, stroke] };
}

/**
 * On Enter: the scanned code when the buffered characters form a scan (at least `minLength`
 * characters, every gap and the gap to Enter within `maxGapMs`), otherwise null (typing).
 */
export function scanOnEnter(state: WedgeState, enterTime: number, options: WedgeOptions = DEFAULT_WEDGE_OPTIONS): string | null {
  const strokes = state.strokes;
  if (strokes.length < options.minLength) return null;
  for (let i = 1; i < strokes.length; i++) {
    const gap = (strokes[i] as Keystroke).time - (strokes[i - 1] as Keystroke).time;
    if (gap < 0 || gap > options.maxGapMs) return null;
  }
  const last = strokes[strokes.length - 1] as Keystroke;
  const toEnter = enterTime - last.time;
  if (toEnter < 0 || toEnter > options.maxGapMs) return null;
  const code = strokes
    .map((s) => s.char)
    .join('')
    .trim();
  return code.length >= options.minLength ? code : null;
}

/**
 * The codes a recognised scan may stand for, best first. A code keyed in slowly can end in a fast
 * run (a busy machine delivers queued keystrokes together), which the wedge takes for a scan of
 * only its tail; its first characters are then already in the search box. So when the search text
 * ends with the scanned code and is longer, the whole text is tried first, then the code alone (a
 * real scan after something unrelated was typed).
 */
export function scanCandidates(searchText: string, code: string): string[] {
  const typed = searchText.trim();
  return typed.length > code.length && typed.endsWith(code) ? [typed, code] : [code];
}
