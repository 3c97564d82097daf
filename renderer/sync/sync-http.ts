// The sync engine's HTTP: the stored pairing and server URL, JSON requests to /sync/v1 with the
// device token (and the unsynced count), and how HTTP failures become AppErrors.
import { toAppError, type AppError } from '../../core/result';
import { SYNC_PREFIX } from '../../core/sync/protocol';
import type { Pairing, SettingRow, Settings, TillDb } from '../db/till-db';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

export function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export function errorBody(body: unknown): { code: string; message: string; expected_seq?: number } | null {
  const error = (body as { error?: { code?: unknown; message?: unknown; expected_seq?: unknown } } | null)?.error;
  if (!error || typeof error.code !== 'string') return null;
  return {
    code: error.code,
    message: typeof error.message === 'string' ? error.message : error.code,
    ...(typeof error.expected_seq === 'number' ? { expected_seq: error.expected_seq } : {}),
  };
}

export async function setting<K extends keyof Settings>(db: TillDb, key: K): Promise<Settings[K] | undefined> {
  return ((await db.settings.get(key)) as SettingRow<K> | undefined)?.value;
}

export interface SyncHttp {
  /** The stored pairing, if this till is paired. */
  pairing(): Promise<Pairing | undefined>;
  baseUrl(p: Pairing | undefined): string;
  request<T>(method: 'GET' | 'POST', path: string, body?: unknown, auth?: boolean): Promise<T>;
  asAppError(cause: unknown): AppError;
}

export interface SyncHttpOptions {
  db: TillDb;
  serverUrl?: string;
  fetch: typeof fetch;
  requestTimeoutMs: number;
  /** told after every request whether a healthy server answered */
  setOnline(online: boolean): void;
}

export function createSyncHttp(options: SyncHttpOptions): SyncHttp {
  const { db, requestTimeoutMs } = options;
  const fetchFn = options.fetch;

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
      options.setOnline(false);
      throw Object.assign(new Error(`Cannot reach the server: ${toAppError(cause).message}`), { code: 'offline' });
    }
    options.setOnline(response.status < 500);
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

  return { pairing, baseUrl, request, asAppError };
}
