// Window-level keyboard-wedge listener: buffers fast keystrokes and, when a burst ends in Enter,
// swallows that Enter and hands the code to whichever screen registered for scans (screens
// without a handler get their Enter untouched).
import { useLayoutEffect } from 'react';
import { DEFAULT_WEDGE_OPTIONS, EMPTY_WEDGE, isWedgeChar, pushChar, scanOnEnter, type WedgeOptions, type WedgeState } from './scanner-wedge';

type ScanHandler = (code: string) => void;

const handlers: ScanHandler[] = [];

/**
 * The latest registered handler receives scans (the screen on top). Registered in a layout effect,
 * so a scan right after a screen appears already reaches it.
 */
export function useScanHandler(handler: ScanHandler): void {
  useLayoutEffect(() => {
    handlers.push(handler);
    return () => {
      const i = handlers.lastIndexOf(handler);
      if (i >= 0) handlers.splice(i, 1);
    };
  }, [handler]);
}

/** A code from a serial scanner (hardware `scanner:scan` event) goes where a wedge scan would. */
export function dispatchScan(code: string): boolean {
  const handler = handlers[handlers.length - 1];
  if (handler) handler(code);
  return Boolean(handler);
}

/** Installs the listener (capture phase, before any input sees the Enter); returns the uninstaller. */
export function installWedgeListener(target: Window, options: WedgeOptions = DEFAULT_WEDGE_OPTIONS): () => void {
  let state: WedgeState = EMPTY_WEDGE;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.altKey || e.metaKey) {
      state = EMPTY_WEDGE;
      return;
    }
    if (isWedgeChar(e.key)) {
      state = pushChar(state, { char: e.key, time: e.timeStamp }, options);
      return;
    }
    if (e.key === 'Enter') {
      const code = scanOnEnter(state, e.timeStamp, options);
      state = EMPTY_WEDGE;
      const handler = handlers[handlers.length - 1];
      // Screens without a scan handler (forms) get the Enter as typed: fast typing there is typing.
      if (code === null || !handler) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      // Characters of the scan may have landed in a focused input: the screen's handler clears it.
      handler(code);
      return;
    }
    if (e.key !== 'Shift') state = EMPTY_WEDGE;
  };
  target.addEventListener('keydown', onKeyDown, true);
  return () => target.removeEventListener('keydown', onKeyDown, true);
}
