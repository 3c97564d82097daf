// Pairing a till with a one-time code: POST /sync/v1/pair, then the new device token, location and
// fresh sequence counters replace the old pairing and catalog in one Dexie transaction.
import { Value } from 'typebox/value';
import { err, ok, toAppError, type Result } from '../../core/result';
import { PairResponseSchema, SYNC_PREFIX } from '../../core/sync/protocol';
import { CATALOG_TABLES, type Pairing, type TillDb } from '../db/till-db';
import { errorBody } from './sync-http';

export interface PairTillOptions {
  db: TillDb;
  fetch: typeof fetch;
  /** the engine's configured server, used when the caller gives none */
  serverUrl?: string;
  requestTimeoutMs: number;
  setOnline(online: boolean): void;
}

/** Pairs this till; refuses while unsynced sales remain (they belong to the old pairing). */
export async function pairTill(
  options: PairTillOptions,
  code: string,
  pairOptions: { serverUrl?: string; deviceName?: string } = {},
): Promise<Result<Pairing>> {
  const { db, requestTimeoutMs } = options;
  const serverUrl = (pairOptions.serverUrl ?? options.serverUrl ?? '').replace(/\/+$/, '');
  if (!serverUrl) return err({ code: 'invalid_server_url', message: 'Give the server URL to pair with.' });
  if ((await db.outbox.count()) > 0) {
    return err({ code: 'unsynced_mutations', message: 'This till still has unsynced sales; sync them before pairing again.' });
  }
  let response: unknown;
  try {
    const res = await options.fetch(`${serverUrl}${SYNC_PREFIX}/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ code: code.trim(), device_name: pairOptions.deviceName ?? 'Till' }),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    options.setOnline(res.status < 500);
    response = await res.json().catch(() => null);
    if (!res.ok) {
      const body = errorBody(response);
      return err({ code: body?.code ?? `http_${res.status}`, message: body?.message ?? `Pairing failed (${res.status}).` });
    }
  } catch (cause) {
    options.setOnline(false);
    return err({ code: 'offline', message: `Cannot reach ${serverUrl}: ${toAppError(cause).message}` });
  }
  if (!Value.Check(PairResponseSchema, response)) return err({ code: 'bad_pair_response', message: 'The server sent an unexpected pairing answer.' });
  const paired: Pairing = {
    device_id: response.device_id,
    device_token: response.device_token,
    device_name: pairOptions.deviceName ?? 'Till',
    server_url: serverUrl,
    paired_at: new Date().toISOString(),
    livemode: response.livemode ?? true,
  };
  // Checked again where the counters are reset: a sale rung up (in another window) while the request
  // ran would otherwise keep its old seq under the new pairing. The new device then stays unused.
  const unsynced = await db.transaction('rw', [db.settings, db.outbox, ...CATALOG_TABLES.map((name) => db[name])], async () => {
    if ((await db.outbox.count()) > 0) return true;
    await Promise.all(CATALOG_TABLES.map((name) => db[name].clear()));
    await db.settings.bulkPut([
      { key: 'pairing', value: paired },
      { key: 'location', value: response.location },
      { key: 'outbox_seq', value: 0 },
      { key: 'acked_seq', value: 0 },
    ]);
    await db.settings.bulkDelete(['pull_cursor', 'last_sync_at']);
    return false;
  });
  if (unsynced) return err({ code: 'unsynced_mutations', message: 'A sale was recorded while pairing; sync it, then pair again with a new code.' });
  return ok(paired);
}

/**
 * Dev and first-run convenience: a till opened at `…/?pair=<code>&server=<url>` pairs itself.
 * Does nothing when the URL has no code or the till is already paired. Returns the URL without
 * those parameters, for `history.replaceState`, so a reload does not try the used code again.
 */
export async function pairFromUrl(
  engine: {
    pairing(): Promise<Pairing | undefined>;
    pair(code: string, options?: { serverUrl?: string; deviceName?: string }): Promise<Result<Pairing>>;
  },
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
