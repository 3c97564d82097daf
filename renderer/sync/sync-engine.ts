// The till's sync engine (a plain module, no React): pairs the till, pushes the outbox in seq
// order in batches with backoff, pulls the catalog with a cursor, and listens to the server's SSE
// stream for pokes. It never deletes an outbox entry the server has not acknowledged. This file is
// the status, the serialized cycle and the background loop; HTTP, push, pull, stream and pairing
// are the sync-*.ts modules beside it.
import { liveQuery } from 'dexie';
import { err, ok, toAppError, type AppError, type Result } from '../../core/result';
import { type Pairing, type TillDb } from '../db/till-db';
import { backoffDelay, DEFAULT_BACKOFF, defaultTimer, type BackoffOptions, type Timer } from './sync-backoff';
import { createSyncHttp, setting } from './sync-http';
import { pairTill } from './sync-pairing';
import { pullAll } from './sync-pull';
import { createPusher } from './sync-push';
import { createEventStream } from './sync-stream';

export interface SyncStatus {
  paired: boolean;
  /** the last request reached a healthy server */
  online: boolean;
  syncing: boolean;
  /** outbox entries not yet acknowledged by the server */
  unsyncedCount: number;
  /** mutations the server rejected (kept in db.rejected for the UI to show) */
  rejected: number;
  lastSyncAt: string | null;
  lastError: string | null;
  lastErrorCode: string | null;
  /** the SSE stream is connected: catalog changes arrive within a second */
  streamConnected: boolean;
}

export interface SyncStatusStore {
  get(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
}

export interface SyncEngineOptions {
  db: TillDb;
  /** the cloud service; defaults to the URL stored at pairing */
  serverUrl?: string;
  fetch?: typeof fetch;
  /** mutations per push (default 100) */
  batchSize?: number;
  backoff?: BackoffOptions;
  /** full sync this often even without a poke (default 60 s) */
  pollIntervalMs?: number;
  requestTimeoutMs?: number;
  /** used to jitter the backoff (tests pass a fixed one) */
  random?: () => number;
  timer?: Timer;
  /** listen to the server's SSE pokes (default true); without it the till polls every pollIntervalMs */
  stream?: boolean;
  log?: (message: string, context?: Record<string, unknown>) => void;
}

export interface SyncEngine {
  readonly status: SyncStatusStore;
  /** Starts the background loop (push, pull, stream). Safe to call again. */
  start(): Promise<void>;
  /** Stops the loop and the stream; pending work resumes at the next start(). */
  stop(): Promise<void>;
  /** Pairs this till with the one-time code from the back office or `devices pair-code`. */
  pair(code: string, options?: { serverUrl?: string; deviceName?: string }): Promise<Result<Pairing>>;
  /** Pushes everything and pulls once, now; resolves when done (errors as values). */
  syncNow(): Promise<Result<void>>;
  /** The stored pairing, if this till is paired. */
  pairing(): Promise<Pairing | undefined>;
}

export const DEFAULT_BATCH_SIZE = 100;

/** `window` in a browser or Electron; in Node (tests) there is no 'online' event to listen to. */
const browserEvents = globalThis as {
  addEventListener?: (type: 'online', listener: () => void) => void;
  removeEventListener?: (type: 'online', listener: () => void) => void;
};

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db } = options;
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const pollIntervalMs = options.pollIntervalMs ?? 60_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 20_000;
  const random = options.random ?? Math.random;
  const timer = options.timer ?? defaultTimer;
  const log = options.log ?? ((message, context) => console.warn(`[sync] ${message}`, context ?? ''));

  // ---------------------------------------------------------------- status
  let status: SyncStatus = {
    paired: false,
    online: false,
    syncing: false,
    unsyncedCount: 0,
    rejected: 0,
    lastSyncAt: null,
    lastError: null,
    lastErrorCode: null,
    streamConnected: false,
  };
  const listeners = new Set<(s: SyncStatus) => void>();
  function update(patch: Partial<SyncStatus>): void {
    const next = { ...status, ...patch };
    if ((Object.keys(patch) as (keyof SyncStatus)[]).every((k) => next[k] === status[k])) return;
    status = next;
    for (const listener of listeners) listener(status);
  }
  const statusStore: SyncStatusStore = {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
  };
  function fail(error: AppError): Result<never> {
    update({ lastError: error.message, lastErrorCode: error.code });
    return err(error);
  }

  const http = createSyncHttp({ db, serverUrl: options.serverUrl, fetch: fetchFn, requestTimeoutMs, setOnline: (online) => update({ online }) });
  const { pairing, asAppError } = http;
  const pushAll = createPusher({ db, http, batchSize, log });

  // ---------------------------------------------------------------- one cycle, serialized
  let chain: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  }

  async function cycle(): Promise<Result<void>> {
    if (!(await pairing())) {
      update({ paired: false });
      return err({ code: 'not_paired', message: 'This till is not paired.' });
    }
    update({ paired: true, syncing: true });
    try {
      const pushed = await pushAll();
      // A push stuck on something the server must fix (server_behind, a bad answer) must not
      // also freeze the catalog; only an unreachable server or a revoked token skips the pull.
      const unreachable = !pushed.ok && ['offline', 'timeout', 'device_unauthorized'].includes(pushed.error.code);
      const pulled = unreachable ? null : await pullAll(db, http);
      if (!pushed.ok) return fail(pushed.error);
      if (pulled && !pulled.ok) return fail(pulled.error);
      const at = new Date().toISOString();
      await db.settings.put({ key: 'last_sync_at', value: at });
      update({ lastSyncAt: at, lastError: null, lastErrorCode: null });
      return ok(undefined);
    } catch (cause) {
      return fail(asAppError(cause));
    } finally {
      update({ syncing: false });
    }
  }

  // ---------------------------------------------------------------- background loop
  let running = false;
  let attempt = 0;
  let sleeping: { handle: unknown; resolve: () => void } | null = null;
  let wakePending = false;
  let loopDone: Promise<void> | null = null;
  let subscriptions: { unsubscribe(): void }[] = [];
  let streamAbort: AbortController | null = null;
  let streamDone: Promise<void> | null = null;
  let lastOutboxCount = -1;

  function sleep(ms: number): Promise<void> {
    if (wakePending) {
      wakePending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        if (sleeping?.resolve !== done) return;
        timer.clear(sleeping.handle);
        sleeping = null;
        resolve();
      };
      sleeping = { handle: timer.set(done, ms), resolve: done };
    });
  }

  /** Ends the current wait now (SSE poke, new sale, syncNow). */
  function wake(): void {
    if (sleeping) sleeping.resolve();
    else wakePending = true;
  }

  async function loop(): Promise<void> {
    while (running) {
      const result = await exclusive(cycle);
      if (!running) break;
      if (result.ok) {
        attempt = 0;
        await sleep(pollIntervalMs);
      } else if (result.error.code === 'not_paired' || result.error.code === 'device_unauthorized') {
        attempt = 0;
        await sleep(pollIntervalMs);
      } else {
        attempt += 1;
        await sleep(backoffDelay(attempt, backoff, random));
      }
    }
  }

  const stream = createEventStream({
    http,
    fetch: fetchFn,
    timer,
    backoff,
    random,
    pollIntervalMs,
    isRunning: () => running,
    update,
    onPoke: wake,
    log,
  });

  function onBrowserOnline(): void {
    attempt = 0;
    wake();
    stream.nudge();
  }

  function watchCounts(): void {
    subscriptions.push(
      liveQuery(() => db.outbox.count()).subscribe({
        next: (count) => {
          update({ unsyncedCount: count });
          // A new sale goes out at once unless we are backing off from a failing server.
          if (count > lastOutboxCount && lastOutboxCount >= 0 && attempt === 0) wake();
          lastOutboxCount = count;
        },
        error: (error: unknown) => log('outbox count failed', { error: toAppError(error).message }),
      }),
      liveQuery(() => db.rejected.count()).subscribe({
        next: (count) => update({ rejected: count }),
        error: (error: unknown) => log('rejected count failed', { error: toAppError(error).message }),
      }),
    );
  }

  return {
    status: statusStore,

    async start() {
      if (running) return;
      running = true;
      const p = await pairing();
      const lastSyncAt = (await setting(db, 'last_sync_at')) ?? null;
      update({ paired: Boolean(p), lastSyncAt });
      watchCounts();
      // The browser saw the network come back (cable, Wi-Fi): try at once instead of waiting out the backoff.
      browserEvents.addEventListener?.('online', onBrowserOnline);
      loopDone = loop();
      if (options.stream !== false) {
        streamAbort = new AbortController();
        streamDone = stream.run(streamAbort.signal);
      }
    },

    async stop() {
      running = false;
      browserEvents.removeEventListener?.('online', onBrowserOnline);
      for (const s of subscriptions) s.unsubscribe();
      subscriptions = [];
      lastOutboxCount = -1;
      streamAbort?.abort();
      wake();
      await Promise.all([loopDone, streamDone]);
      wakePending = false;
      loopDone = null;
      streamDone = null;
      update({ streamConnected: false });
    },

    async pair(code, pairOptions = {}) {
      const paired = await pairTill(
        { db, fetch: fetchFn, serverUrl: options.serverUrl, requestTimeoutMs, setOnline: (online) => update({ online }) },
        code,
        pairOptions,
      );
      if (!paired.ok) return fail(paired.error);
      update({ paired: true, lastError: null, lastErrorCode: null });
      attempt = 0;
      wake();
      stream.nudge();
      return paired;
    },

    syncNow() {
      attempt = 0;
      return exclusive(cycle);
    },

    pairing,
  };
}
