// A page's location picker that remembers the manager's last choice in this browser (per user and
// page), so the page reopens where they left it; the business's first location otherwise.
import { useCallback, useState } from 'react';
import type { SessionInfo } from './session';

function storageKey(session: SessionInfo, page: string): string {
  return `anywhere-pos.backoffice.${session.user.id}.${page}.location`;
}

function readChoice(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage can be switched off (privacy settings): the page still works, it just does not remember.
    return null;
  }
}

/** The location a page shows and its setter; the choice survives reloads and sign-outs in this browser. */
export function useRememberedLocation(session: SessionInfo, page: string): [string, (locationId: string) => void] {
  const key = storageKey(session, page);
  const [locationId, setLocationId] = useState(() => {
    const remembered = readChoice(key);
    // A remembered location that is gone (deleted, or no longer this user's) falls back to the first.
    return remembered && session.locations.some((l) => l.id === remembered) ? remembered : (session.locations[0]?.id ?? '');
  });
  const choose = useCallback(
    (id: string) => {
      setLocationId(id);
      try {
        window.localStorage.setItem(key, id);
      } catch {
        // See readChoice: not remembering is the only loss.
      }
    },
    [key],
  );
  return [locationId, choose];
}
