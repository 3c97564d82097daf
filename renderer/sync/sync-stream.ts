// The server's event stream (SSE /sync/v1/stream): a `poke` or `ready` event wakes the sync loop at
// once; a dropped stream marks the till offline and reconnects with backoff.
import { toAppError } from '../../core/result';
import { SYNC_PREFIX } from '../../core/sync/protocol';
import { backoffDelay, type BackoffOptions, type Timer } from './sync-backoff';
import { HttpError, type SyncHttp } from './sync-http';
import { parseSse } from './sse-parser';

export interface EventStreamOptions {
  http: SyncHttp;
  fetch: typeof fetch;
  timer: Timer;
  backoff: BackoffOptions;
  random: () => number;
  /** how long to wait before looking again while the till is not paired */
  pollIntervalMs: number;
  isRunning(): boolean;
  update(patch: { streamConnected?: boolean; online?: boolean }): void;
  /** the server says something changed: sync now */
  onPoke(): void;
  log: (message: string, context?: Record<string, unknown>) => void;
}

export interface EventStream {
  /** Listens until `signal` aborts or the engine stops, reconnecting after failures. */
  run(signal: AbortSignal): Promise<void>;
  /** Ends a wait between connection attempts now (network back, till just paired). */
  nudge(): void;
}

export function createEventStream(options: EventStreamOptions): EventStream {
  const { http, timer, update, log } = options;
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

  async function run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (options.isRunning() && !signal.aborted) {
      const p = await http.pairing();
      if (!p) {
        await streamPause(options.pollIntervalMs, signal);
        continue;
      }
      try {
        const response = await options.fetch(`${http.baseUrl(p)}${SYNC_PREFIX}/stream`, {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${p.device_token}` },
          signal,
        });
        if (!response.ok || !response.body) throw new HttpError(response.status, null);
        update({ streamConnected: true, online: true });
        for await (const event of parseSse(response.body)) {
          failures = 0;
          if (event.event === 'poke' || event.event === 'ready') options.onPoke();
        }
      } catch (cause) {
        if (signal.aborted) break;
        // A dropped stream is the first sign of a dead server or network: say so at once.
        if (!(cause instanceof HttpError) || cause.status >= 500) update({ online: false });
        log('event stream failed', { error: toAppError(cause).message });
      }
      update({ streamConnected: false });
      if (signal.aborted || !options.isRunning()) break;
      failures += 1;
      await streamPause(backoffDelay(failures, options.backoff, options.random), signal);
    }
  }

  return { run, nudge: () => streamWake?.() };
}
