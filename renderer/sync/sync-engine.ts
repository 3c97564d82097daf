// The till's sync engine (a plain module, no React): pairs the till, pushes the outbox in seq
// order in batches with backoff, pulls the catalog with a cursor, and listens to the server's SSE
// stream for pokes. It never deletes an outbox entry the server has not acknowledged.
import { liveQuery } from 'dexie';
import { Value } from 'typebox/value';
import { err, ok, toAppError, type AppError, type Result } from '../../core/result';
import { PairResponseSchema, PullResponseSchema, PushResponseSchema, SYNC_PREFIX, type PullResponse, type PushResponse } from '../../core/sync/protocol';
import { CATALOG_TABLES, requestPersistentStorage, type OutboxRow, type Pairing, type RejectedRow, type SettingRow, type Settings, type TillDb } from '../db/till-db';
import { parseSse } from './sse-parser';

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

export interface Timer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
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
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 30_000 };

/**
 * Delay before retry number `attempt` (1, 2, …): exponential, capped, with "equal jitter" — half
 * the step fixed, half random — so a shop's tills coming back online do not retry in lockstep.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const step = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** `window` in a browser or Electron; in Node (tests) there is no 'online' event to listen to. */
const browserEvents = globalThis as {
  addEventListener?: (type: 'online', listener: () => void) => void;
  removeEventListener?: (type: 'online', listener: () => void) => void;
};

const defaultTimer: Timer = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function errorBody(body: unknown): { code: string; message: string; expected_seq?: number } | null {
  const error = (body as { error?: { code?: unknown; message?: unknown; expected_seq?: unknown } } | null)?.error;
  if (!error || typeof error.code !== 'string') return null;
  return {
    code: error.code,
    message: typeof error.message === 'string' ? error.message : error.code,
    ...(typeof error.expected_seq === 'number' ? { expected_seq: error.expected_seq } : {}),
  };
}

async function setting<K extends keyof Settings>(db: TillDb, key: K): Promise<Settings[K] | undefined> {
  return ((await db.settings.get(key)) as SettingRow<K> | undefined)?.value;
}

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

  // ---------------------------------------------------------------- HTTP
  async function pairing(): Promise<Pairing | undefined> {
    return setting(db, 'pairing');
  }

  function baseUrl(p: Pairing | undefined): string {
    const url = options.serverUrl ?? p?.server_url;
    if (!url) throw Object.assign(new Error('No server URL: pair the till first.'), { code: 'not_paired' });
    return url.replace(/\/+$/, '');
  }

  async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown, auth = true): Promise<T> {
    const p = await pairing();
    if (auth && !p) throw Object.assign(new Error('This till is not paired.'), { code: 'not_paired' });
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && p) headers.Authorization = `Bearer ${p.device_token}`;
    // Lets the back office see tills that hold sales the cloud has not received yet.
    if (auth) headers['X-Pos-Unsynced'] = String(await db.outbox.count());
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl(p)}${SYNC_PREFIX}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (cause) {
      if ((cause as { name?: unknown } | null)?.name === 'TimeoutError') {
        throw Object.assign(new Error(`The server did not answer within ${requestTimeoutMs / 1000} s.`), { code: 'timeout' });
      }
      update({ online: false });
      throw Object.assign(new Error(`Cannot reach the server: ${toAppError(cause).message}`), { code: 'offline' });
    }
    update({ online: response.status < 500 });
    const text = await response.text().catch(() => '');
    const json = parseJson(text);
    if (!response.ok) throw new HttpError(response.status, json);
    return json as T;
  }

  function asAppError(cause: unknown): AppError {
    if (cause instanceof HttpError) {
      const body = errorBody(cause.body);
      if (cause.status === 401) return { code: 'device_unauthorized', message: 'The server no longer accepts this till (revoked?). Pair it again.' };
      return { code: body?.code ?? `http_${cause.status}`, message: body?.message ?? `The server answered ${cause.status}.` };
    }
    const code = (cause as { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'sync_failed', message: toAppError(cause).message };
  }

  // ---------------------------------------------------------------- push
  /** Drops outbox entries the server holds (seq ≤ acked) and remembers the mark. */
  async function acknowledge(ackedSeq: number, rejected: RejectedRow[]): Promise<void> {
    await db.transaction('rw', [db.outbox, db.settings, db.rejected], async () => {
      if (rejected.length > 0) await db.rejected.bulkPut(rejected);
      await db.outbox.where('seq').belowOrEqual(ackedSeq).delete();
      const previous = (await setting(db, 'acked_seq')) ?? 0;
      if (ackedSeq > previous) await db.settings.put({ key: 'acked_seq', value: ackedSeq });
    });
  }

  // Halved when the server finds a batch too large (413) or too slow (timeout), so big orders never block the outbox.
  let pushBatchSize = batchSize;

  async function pushAll(): Promise<Result<void>> {
    for (;;) {
      const batch: OutboxRow[] = await db.outbox.orderBy('seq').limit(pushBatchSize).toArray();
      if (batch.length === 0) return ok(undefined);
      const first = batch[0]!;
      const last = batch[batch.length - 1]!;
      let response: PushResponse;
      try {
        response = await request<PushResponse>('POST', '/push', {
          mutations: batch.map((row) => ({ id: row.id, seq: row.seq, type: row.type, occurred_at: row.occurred_at, payload: row.payload })),
        });
      } catch (cause) {
        if (cause instanceof HttpError && cause.status === 413 && batch.length > 1) {
          pushBatchSize = Math.max(1, Math.floor(batch.length / 2));
          log('push batch too large; halving it', { batch_size: pushBatchSize });
          continue;
        }
        const expected = cause instanceof HttpError && cause.status === 409 ? errorBody(cause.body)?.expected_seq : undefined;
        if (expected === undefined) {
          const error = asAppError(cause);
          // A batch the server cannot finish in time goes out smaller next time (it may still
          // have applied part of it: the resend gets duplicates for those).
          if (error.code === 'timeout' && batch.length > 1) pushBatchSize = Math.max(1, Math.floor(batch.length / 2));
          return err(error);
        }
        // The server holds everything before `expected`; resend from there.
        const lastAssigned = (await setting(db, 'outbox_seq')) ?? 0;
        if (expected - 1 > lastAssigned) {
          return err({ code: 'seq_ahead', message: `The server expects seq ${expected} but this till has only assigned up to ${lastAssigned}.` });
        }
        if (expected <= first.seq) {
          return err({ code: 'server_behind', message: `The server expects seq ${expected}, which this till no longer holds; call support.` });
        }
        log('push gap: resending from the seq the server expects', { expected, sent_from: first.seq });
        await acknowledge(expected - 1, []);
        continue;
      }
      if (!Value.Check(PushResponseSchema, response)) {
        return err({ code: 'bad_push_response', message: 'The server sent a push answer this till does not understand; nothing was deleted.' });
      }
      const bySeq = new Map(batch.map((row) => [row.seq, row]));
      const now = new Date().toISOString();
      const rejected: RejectedRow[] = response.results
        .filter((r) => r.status === 'rejected')
        .map((r) => {
          const row = bySeq.get(r.seq);
          return {
            id: r.id,
            seq: r.seq,
            type: row?.type ?? 'unknown',
            occurred_at: row?.occurred_at ?? now,
            payload: row?.payload ?? {},
            error: r.error ?? { code: 'rejected', message: 'Rejected by the server.' },
            rejected_at: now,
          };
        });
      for (const r of rejected) log('mutation rejected by the server', { seq: r.seq, type: r.type, error: r.error });
      await acknowledge(response.acked_seq, rejected);
      if (response.acked_seq < last.seq) {
        return err({ code: 'push_incomplete', message: `The server acknowledged up to seq ${response.acked_seq} of ${last.seq}.` });
      }
      // After a 413 or a timeout made batches smaller, grow back step by step.
      if (batch.length === pushBatchSize) pushBatchSize = Math.min(batchSize, pushBatchSize * 2);
    }
  }

  // ---------------------------------------------------------------- pull
  async function applyPull(page: PullResponse): Promise<void> {
    await db.transaction('rw', [db.settings, db.orders, ...CATALOG_TABLES.map((name) => db[name])], async () => {
      if (page.reset) await Promise.all(CATALOG_TABLES.map((name) => db[name].clear()));
      await db.products.bulkPut(page.products.upserted);
      await db.products.bulkDelete(page.products.deleted);
      await db.categories.bulkPut(page.categories.upserted);
      await db.categories.bulkDelete(page.categories.deleted);
      await db.modifierGroups.bulkPut(page.modifier_groups.upserted);
      await db.modifierGroups.bulkDelete(page.modifier_groups.deleted);
      await db.taxRates.bulkPut(page.tax_rates.upserted);
      await db.taxRates.bulkDelete(page.tax_rates.deleted);
      await db.staff.bulkPut(page.staff.upserted);
      await db.staff.bulkDelete(page.staff.deleted);
      // An API order this till already took payment for stays off the open list, even before its push lands.
      const paidHere = new Set((await db.orders.bulkGet(page.open_orders.upserted.map((o) => o.id))).filter(Boolean).map((o) => o!.id));
      await db.openOrders.bulkPut(page.open_orders.upserted.filter((o) => !paidHere.has(o.id)));
      await db.openOrders.bulkDelete(page.open_orders.deleted);
      await db.settings.bulkPut([
        { key: 'location', value: page.location },
        { key: 'pull_cursor', value: page.next_cursor },
      ]);
    });
  }

  async function pullAll(): Promise<Result<void>> {
    for (let pages = 0; pages < 1000; pages++) {
      const cursor = (await setting(db, 'pull_cursor')) ?? '';
      let page: PullResponse;
      try {
        page = await request<PullResponse>('GET', `/pull?cursor=${encodeURIComponent(cursor)}`);
      } catch (cause) {
        return err(asAppError(cause));
      }
      if (!Value.Check(PullResponseSchema, page)) return err({ code: 'bad_pull_response', message: 'The server sent a catalog page this till does not understand.' });
      await applyPull(page);
      if (!page.has_more) return ok(undefined);
    }
    return err({ code: 'pull_incomplete', message: 'Too many catalog pages in one pull.' });
  }

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
      const pulled = unreachable ? null : await pullAll();
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

  let streamWake: (() => void) | null = null;

  /** Waits `ms`, or less when the engine stops or the till gets paired. */
  function streamPause(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        timer.clear(handle);
        signal.removeEventListener('abort', done);
        streamWake = null;
        resolve();
      };
      const handle = timer.set(done, ms);
      signal.addEventListener('abort', done, { once: true });
      streamWake = done;
    });
  }

  async function streamLoop(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (running && !signal.aborted) {
      const p = await pairing();
      if (!p) {
        await streamPause(pollIntervalMs, signal);
        continue;
      }
      try {
        const response = await fetchFn(`${baseUrl(p)}${SYNC_PREFIX}/stream`, {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${p.device_token}` },
          signal,
        });
        if (!response.ok || !response.body) throw new HttpError(response.status, null);
        update({ streamConnected: true, online: true });
        for await (const event of parseSse(response.body)) {
          failures = 0;
          if (event.event === 'poke' || event.event === 'ready') wake();
        }
      } catch (cause) {
        if (signal.aborted) break;
        // A dropped stream is the first sign of a dead server or network: say so at once.
        if (!(cause instanceof HttpError) || cause.status >= 500) update({ online: false });
        log('event stream failed', { error: toAppError(cause).message });
      }
      update({ streamConnected: false });
      if (signal.aborted || !running) break;
      failures += 1;
      await streamPause(backoffDelay(failures, backoff, random), signal);
    }
  }

  function onBrowserOnline(): void {
    attempt = 0;
    wake();
    streamWake?.();
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
      void requestPersistentStorage().then((persistent) => {
        if (!persistent) log('storage is not persistent: the browser may evict unsynced sales under storage pressure');
      });
      // The browser saw the network come back (cable, Wi-Fi): try at once instead of waiting out the backoff.
      browserEvents.addEventListener?.('online', onBrowserOnline);
      loopDone = loop();
      if (options.stream !== false) {
        streamAbort = new AbortController();
        streamDone = streamLoop(streamAbort.signal);
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
      const serverUrl = (pairOptions.serverUrl ?? options.serverUrl ?? '').replace(/\/+$/, '');
      if (!serverUrl) return fail({ code: 'invalid_server_url', message: 'Give the server URL to pair with.' });
      if ((await db.outbox.count()) > 0) {
        return fail({ code: 'unsynced_mutations', message: 'This till still has unsynced sales; sync them before pairing again.' });
      }
      let response: unknown;
      try {
        const res = await fetchFn(`${serverUrl}${SYNC_PREFIX}/pair`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ code: code.trim(), device_name: pairOptions.deviceName ?? 'Till' }),
          signal: AbortSignal.timeout(requestTimeoutMs),
        });
        update({ online: res.status < 500 });
        response = await res.json().catch(() => null);
        if (!res.ok) {
          const body = errorBody(response);
          return fail({ code: body?.code ?? `http_${res.status}`, message: body?.message ?? `Pairing failed (${res.status}).` });
        }
      } catch (cause) {
        update({ online: false });
        return fail({ code: 'offline', message: `Cannot reach ${serverUrl}: ${toAppError(cause).message}` });
      }
      if (!Value.Check(PairResponseSchema, response)) return fail({ code: 'bad_pair_response', message: 'The server sent an unexpected pairing answer.' });
      const paired: Pairing = {
        device_id: response.device_id,
        device_token: response.device_token,
        device_name: pairOptions.deviceName ?? 'Till',
        server_url: serverUrl,
        paired_at: new Date().toISOString(),
      };
      await db.transaction('rw', [db.settings, ...CATALOG_TABLES.map((name) => db[name])], async () => {
        await Promise.all(CATALOG_TABLES.map((name) => db[name].clear()));
        await db.settings.bulkPut([
          { key: 'pairing', value: paired },
          { key: 'location', value: response.location },
          { key: 'outbox_seq', value: 0 },
          { key: 'acked_seq', value: 0 },
        ]);
        await db.settings.bulkDelete(['pull_cursor', 'last_sync_at']);
      });
      update({ paired: true, lastError: null, lastErrorCode: null });
      attempt = 0;
      wake();
      streamWake?.();
      return ok(paired);
    },

    syncNow() {
      attempt = 0;
      return exclusive(cycle);
    },

    pairing,
  };
}

/**
 * Dev and first-run convenience: a till opened at `…/?pair=<code>&server=<url>` pairs itself.
 * Does nothing when the URL has no code or the till is already paired. Returns the URL without
 * those parameters, for `history.replaceState`, so a reload does not try the used code again.
 */
export async function pairFromUrl(
  engine: SyncEngine,
  href: string,
  options: { deviceName?: string } = {},
): Promise<Result<{ paired: boolean; cleanUrl: string }>> {
  const url = new URL(href);
  const code = url.searchParams.get('pair');
  const server = url.searchParams.get('server');
  url.searchParams.delete('pair');
  url.searchParams.delete('server');
  const cleanUrl = url.toString();
  if (!code || (await engine.pairing())) return ok({ paired: false, cleanUrl });
  const result = await engine.pair(code, { ...(server ? { serverUrl: server } : {}), ...(options.deviceName ? { deviceName: options.deviceName } : {}) });
  if (!result.ok) return result;
  return ok({ paired: true, cleanUrl });
}
