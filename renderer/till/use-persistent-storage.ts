// Whether the browser keeps the till's IndexedDB under storage pressure: asked once per page (the
// top bar's warning and Settings share the answer), asked again on request.
import { useEffect, useSyncExternalStore } from 'react';
import { requestPersistentStorage } from '../db/till-db';

type State = boolean | null;
let state: State = null;
let asking: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function ask(): Promise<boolean> {
  asking ??= requestPersistentStorage().then((granted) => {
    state = granted;
    asking = null;
    listeners.forEach((l) => l());
    return granted;
  });
  return asking;
}

/** null while the browser has not answered; then true (persistent) or false (refused). */
export function usePersistentStorage(): { persistent: State; askAgain(): Promise<boolean> } {
  const persistent = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
  useEffect(() => {
    if (state === null) void ask();
  }, []);
  return { persistent, askAgain: ask };
}

/** Tests only: forget the answer so the next render asks again. */
export function resetPersistentStorageForTests(): void {
  state = null;
  asking = null;
}
