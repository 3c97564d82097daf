// Keystrokes for the till's component tests. A person types through user-event at a person's pace;
// a keyboard-wedge scanner's burst is dispatched with stamped event times, so a loaded machine can
// neither stretch a scan into typing nor squeeze typing into a scan (the wedge reads event times).
import { fireEvent } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { DEFAULT_WEDGE_OPTIONS } from '../scanner-wedge';

/** A person's gap between keys (ms): wider than any scan's gap, so the wedge never sees a burst. */
export const PERSON_GAP_MS = DEFAULT_WEDGE_OPTIONS.maxGapMs + 20;

/** user-event as a person at the till: every key and click at least `PERSON_GAP_MS` after the last. */
export function person(): UserEvent {
  return userEvent.setup({ delay: PERSON_GAP_MS });
}

/** The last stamped time handed out: stamped keystrokes never go back in time. */
let clock = 0;

/**
 * Dispatches a keydown per key on `target` (default: the document body, nothing focused), stamped
 * `gapMs` apart and starting one wedge gap after now or the previous stamped key, whichever is later.
 */
export function keystrokes(keys: readonly string[], gapMs: number, target: EventTarget = document.body): void {
  let time = Math.max(clock, Date.now()) + DEFAULT_WEDGE_OPTIONS.maxGapMs + 1;
  for (const key of keys) {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    Object.defineProperty(event, 'timeStamp', { value: time });
    fireEvent(target as Element, event);
    clock = time;
    time += gapMs;
  }
}

/** A wedge scanner's burst: the code's characters 1 ms apart, then Enter. */
export function scan(code: string, target: EventTarget = document.body): void {
  keystrokes([...code, 'Enter'], 1, target);
}

/** One key pressed with nothing focused (or on `target`), stamped after the previous ones. */
export function key(name: string, target: EventTarget = document.body): void {
  keystrokes([name], PERSON_GAP_MS, target);
}
