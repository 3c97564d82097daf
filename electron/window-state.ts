// Crash-safe window restore: bounds saved atomically while the window moves (not only on a clean quit),
// and clamped back onto a visible display when restored (a monitor may have gone away).
import { Type, type Static } from 'typebox';
import { createJsonFileStore, type JsonFileStore } from '../hardware/json-file-store';

export const WindowStateSchema = Type.Object(
  {
    x: Type.Optional(Type.Integer()),
    y: Type.Optional(Type.Integer()),
    width: Type.Integer({ minimum: 400, maximum: 20_000 }),
    height: Type.Integer({ minimum: 300, maximum: 20_000 }),
    maximized: Type.Boolean(),
    fullscreen: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type WindowState = Static<typeof WindowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false, fullscreen: false };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Saved bounds if at least 100×50 px of the title area is on some display's work area; otherwise centred defaults. */
export function restoreBounds(saved: WindowState, workAreas: Rect[]): WindowState {
  if (saved.x === undefined || saved.y === undefined) return { ...saved, x: undefined, y: undefined };
  const { x, y } = saved;
  const visible = workAreas.some((a) => {
    const overlapX = Math.min(x + saved.width, a.x + a.width) - Math.max(x, a.x);
    const overlapY = Math.min(y + 50, a.y + a.height) - Math.max(y, a.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  if (visible) return saved;
  const primary = workAreas[0];
  const width = primary ? Math.min(saved.width, primary.width) : saved.width;
  const height = primary ? Math.min(saved.height, primary.height) : saved.height;
  return { ...saved, width, height, x: undefined, y: undefined };
}

export function windowStateStore(file: string): JsonFileStore<WindowState> {
  return createJsonFileStore(file, WindowStateSchema, DEFAULT_WINDOW_STATE);
}

/** Coalesces bursts of move/resize events into one write after `delayMs` of quiet. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, delayMs: number): ((...args: A) => void) & { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: A | null = null;
  const run = () => {
    timer = null;
    if (last) fn(...last);
    last = null;
  };
  const d = (...args: A) => {
    last = args;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  };
  d.flush = () => {
    if (timer) clearTimeout(timer);
    run();
  };
  return d;
}
