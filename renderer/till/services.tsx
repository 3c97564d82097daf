// The till's long-lived services (Dexie database, hardware client, sync engine), handed to the
// components through React context so tests can pass their own.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TillLocation } from '../../core/sync/catalog';
import { getSetting, type TillDb } from '../db/till-db';
import type { TillHardware } from '../hardware/till-hardware';
import type { SyncEngine, SyncStatus } from '../sync/sync-engine';

export interface TillServices {
  db: TillDb;
  hardware: TillHardware;
  sync: SyncEngine;
  /** The cloud is reached through this page's own server (dev server proxy): no server URL to enter. */
  sameOriginSync?: boolean;
}

export const ServicesContext = createContext<TillServices | null>(null);

export function useServices(): TillServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}

/** The paired location (undefined while loading, null when the till is not paired). */
export function useLocation(): TillLocation | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await getSetting(db, 'location')) ?? null, [db]);
}

/** The sync engine's live status (online, unsynced count, rejected count, last error). */
export function useSyncStatus(): SyncStatus {
  const { sync } = useServices();
  return useSyncExternalStore(sync.status.subscribe, sync.status.get);
}
