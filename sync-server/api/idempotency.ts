// Idempotency-Key for every API v1 write (SPEC §5.1), for every plugin's POST/PATCH/DELETE under
// /api/v1 (a route opts out with `config: { idempotency: false }`). The first request claims the key
// in its own committed row, so a racing duplicate sees it at once (409 while in flight); its
// response is stored and replayed byte for byte for 24 h, keyed per API key; a different request
// under the same key is a 422. Handlers call `markIdempotencyCommitted(tx, request)` inside their
// transaction: a request that committed is never executed a second time, even after a crash.
// The claim commits without waiting for its WAL flush (docs/decisions.md "API orders combined per
// location"): a racing duplicate sees it at once all the same, the commit that marks it committed
// flushes it (WAL is flushed in order), and a claim lost in a crash had nothing committed under it.
// An API order stores its response in its own write statement (orders/place-api-order.ts).
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error';
import type { Queryable } from '../storage/database';
import { bindLiveMode } from '../storage/live-mode';
import { retryTransient } from '../storage/retry-transient';
import { LIVE_ONLY_SCOPES, type ApiScope } from '../auth/api-keys';
import { isApiV1Url } from './api-auth';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * false: this write does not take an Idempotency-Key. 'in-handler': the handler sends the claim
     * inside its first statement (idempotencyClaim) and settles it (settleIdempotencyClaim).
     */
    idempotency?: boolean | 'in-handler';
  }
  interface FastifyRequest {
    idempotency: { key: string; hash: string; owned: boolean } | null;
  }
}

export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
/** A claim that never committed and is this old belongs to a request that died: a retry may take it over. */
export const IN_FLIGHT_TAKEOVER_MS = 60_000;
const WRITE_METHODS = new Set(['POST', 'PATCH', 'DELETE', 'PUT']);
/** Response headers that are part of the stored response (others, like X-Request-Id, belong to each request). */
const REPLAYED_HEADERS = ['content-type', 'location', 'x-pos-ignored-fields'];

interface IdempotencyRow {
  request_hash: string;
  state: 'in_flight' | 'completed';
  committed: boolean;
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
  response_fill: Record<string, string> | null;
  created_at: Date;
  expires_at: Date;
}

function appliesTo(request: FastifyRequest): boolean {
  return (
    WRITE_METHODS.has(request.method) &&
    isApiV1Url(request.url) &&
    (request.apiKey !== null || request.apiKeyDeferred !== null) &&
    request.routeOptions.config?.idempotency !== false &&
    request.routeOptions.url !== undefined
  );
}

/**
 * Marks the request's idempotency claim as committed, inside the transaction that makes its change.
 * Every API write calls it, so it also binds that transaction to the key's mode: what a pos_test_ key
 * writes after this call is test-mode data (storage/live-mode.ts).
 */
export async function markIdempotencyCommitted(tx: Queryable, request: FastifyRequest): Promise<void> {
  if (request.apiKey) await bindLiveMode(tx, request.apiKey.livemode);
  if (!request.idempotency?.owned || !request.apiKey) return;
  const { rowCount } = await tx.query('UPDATE idempotency_keys SET committed = true WHERE api_key_id = $1 AND key = $2 AND NOT committed', [
    request.apiKey.id,
    request.idempotency.key,
  ]);
  // Another request with this key committed first (a takeover, or a claim lost in a crash and made anew).
  if (rowCount === 0) throw claimTaken(request);
}

/** The request no longer owns its claim: nothing of it may commit, and its answer is not stored over the winner's. */
export function claimTaken(request: FastifyRequest): ApiError {
  if (request.idempotency) request.idempotency.owned = false;
  return inFlight();
}

const inFlight = (param?: string) =>
  new ApiError('conflict', 'idempotency_key_in_flight', 'A request with this Idempotency-Key is still being processed; retry in a moment.', {
    ...(param ? { param } : {}),
  });

/** The response headers a replay repeats, as the reply has them now. */
export function replayedHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return headers;
}

/** A stored body with its placeholders (JSON strings, e.g. where an order's number goes) replaced by their values. */
export function fillResponse(body: string, fill: Record<string, string> | null): string {
  let filled = body;
  for (const [mark, value] of Object.entries(fill ?? {})) filled = filled.replace(JSON.stringify(mark), () => JSON.stringify(value));
  return filled;
}

/** The handler stored the response itself (with the change it committed): onSend leaves the record alone. */
export function idempotencyStored(request: FastifyRequest): void {
  if (request.idempotency) request.idempotency.owned = false;
}

export function registerIdempotency(app: FastifyInstance): void {
  app.decorateRequest('idempotency', null);

  // preValidation (before the body is checked): the key is required, and the request is fingerprinted
  // as sent, before any route hook strips ignored fields.
  app.addHook('preValidation', async (request) => {
    if (!appliesTo(request)) return;
    const header = request.headers['idempotency-key'];
    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined || key === '') {
      throw new ApiError('invalid_request', 'idempotency_key_required', 'Writes require an Idempotency-Key header (any unique string, e.g. a UUID).', {
        param: 'Idempotency-Key',
      });
    }
    if (key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
      throw new ApiError('invalid_request', 'idempotency_key_invalid', 'Idempotency-Key must be 1–255 printable ASCII characters.', {
        param: 'Idempotency-Key',
      });
    }
    const hash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${request.body === undefined ? '' : JSON.stringify(request.body)}`)
      .digest('hex');
    request.idempotency = { key, hash, owned: false };
  });

  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.config?.idempotency === 'in-handler') return;
    if (await settleIdempotencyClaim(app, request, reply)) return reply;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim?.owned || !request.apiKey) return payload;
    claim.owned = false;
    const apiKeyId = request.apiKey.id;
    if (reply.statusCode >= 500) {
      // Nothing was committed: forget the claim so a retry runs the request again.
      const drop = () => app.db.query('DELETE FROM idempotency_keys WHERE api_key_id = $1 AND key = $2 AND NOT committed', [apiKeyId, claim.key]);
      try {
        if ((await drop()).rowCount > 0) return payload;
      } catch (error) {
        // The database is away (that is usually why this is a 5xx): keep trying in the background,
        // so the client's retry is not answered 409 until the claim is abandoned (IN_FLIGHT_TAKEOVER_MS).
        request.log.warn({ err: error }, 'could not release the idempotency claim; retrying in the background');
        retryTransient(drop, { forMs: IN_FLIGHT_TAKEOVER_MS / 2 }).catch((last: unknown) =>
          request.log.error({ err: last }, 'idempotency claim not released; a retry takes it over once it is abandoned'),
        );
        return payload;
      }
    }
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : payload == null ? '' : null;
    if (body === null) {
      request.log.error('idempotent response is a stream; not stored');
      return payload;
    }
    const headers = replayedHeaders(reply);
    try {
      await app.db.query(
        `UPDATE idempotency_keys SET state = 'completed', response_status = $3, response_headers = $4, response_body = $5
         WHERE api_key_id = $1 AND key = $2`,
        // Sealed: a stored response can carry a secret shown once (a webhook signing secret).
        [apiKeyId, claim.key, reply.statusCode, JSON.stringify(headers), (await app.secretBox()).seal(body)],
      );
    } catch (error) {
      // The change is committed: answer it. Retries of this key then get 409 (never a second run).
      request.log.error({ err: error }, 'could not store the idempotent response');
    }
    return payload;
  });
}

/** The claim INSERT with its parameters numbered from `offset` + 1 (a CTE of the caller's statement, or alone). */
function claimSql(offset: number): string {
  const p = (n: number) => `$${offset + n}`;
  // Committed without waiting for the flush (see the top of this file): set_config(…, true) lasts to this statement's commit.
  return `INSERT INTO idempotency_keys (api_key_id, key, business_id, request_hash, method, path, state, expires_at)
    SELECT ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, 'in_flight', now() + ${p(7)}::int * interval '1 millisecond'
    WHERE set_config('synchronous_commit', 'off', true) = 'off'
    ON CONFLICT (api_key_id, key) DO NOTHING RETURNING key`;
}

/** The same INSERT for a statement that reads the key row itself (`keyTable`): only a key that passes the hooks' checks claims. */
function keyedClaimSql(offset: number, keyTable: string): string {
  const p = (n: number) => `$${offset + n}`;
  return `INSERT INTO idempotency_keys (api_key_id, key, business_id, request_hash, method, path, state, expires_at)
    SELECT k.id, ${p(1)}, k.business_id, ${p(2)}, ${p(3)}, ${p(4)}, 'in_flight', now() + ${p(5)}::int * interval '1 millisecond'
    FROM ${keyTable} k WHERE k.revoked_at IS NULL AND k.scopes @> ${p(6)}::text[] AND (k.livemode OR NOT ${p(7)}::boolean)
      AND set_config('synchronous_commit', 'off', true) = 'off'
    ON CONFLICT (api_key_id, key) DO NOTHING RETURNING key`;
}

/**
 * The claim of an `auth: 'in-handler'` request (api-auth.ts), whose statement reads its key as `keyTable`:
 * taken only when that key is valid and has every scope the route needs (live for a live-only scope),
 * so a bad key takes none. The handler then settles the key (app.settleApiKey) before the claim.
 */
export function keyedIdempotencyClaim(
  request: FastifyRequest,
  offset: number,
  keyTable: string,
  scopes: ApiScope[],
): { sql: string; params: unknown[] } | null {
  const claim = request.idempotency;
  if (!claim) return null;
  const liveOnly = scopes.some((s) => LIVE_ONLY_SCOPES.includes(s));
  return { sql: keyedClaimSql(offset, keyTable), params: [claim.key, claim.hash, request.method, request.url, IDEMPOTENCY_TTL_MS, scopes, liveOnly] };
}

/** Drops an uncommitted claim (a claim taken by a request that then failed before its change). */
export async function releaseIdempotencyClaim(q: Queryable, apiKeyId: string, key: string): Promise<void> {
  await q.query('DELETE FROM idempotency_keys WHERE api_key_id = $1 AND key = $2 AND NOT committed', [apiKeyId, key]);
}

/**
 * The request's claim as a data-modifying CTE for a route with `config: { idempotency: 'in-handler' }`,
 * which sends it in its first statement (one round trip less) and then calls settleIdempotencyClaim
 * with whether it inserted. Null when the request takes no claim.
 */
export function idempotencyClaim(request: FastifyRequest, offset: number): { sql: string; params: unknown[] } | null {
  const claim = request.idempotency;
  if (!claim || !request.apiKey) return null;
  return {
    sql: claimSql(offset),
    params: [request.apiKey.id, claim.key, request.apiKey.businessId, claim.hash, request.method, request.url, IDEMPOTENCY_TTL_MS],
  };
}

/**
 * Takes the request's claim (or settles the one its handler's statement tried: `inserted`): owned, or
 * a replay of the stored answer (returns true: the answer is sent), or 422 / 409 thrown.
 */
export async function settleIdempotencyClaim(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, inserted?: boolean): Promise<boolean> {
  const claim = request.idempotency;
  if (!claim || !request.apiKey) return false;
  const apiKeyId = request.apiKey.id;
  for (let attempt = 0; attempt < 2; attempt++) {
    const claimed =
      attempt === 0 && inserted !== undefined
        ? inserted
        : (await app.db.query(claimSql(0), idempotencyClaim(request, 0)!.params, { name: 'idempotency_claim' })).rowCount > 0;
    if (claimed) {
      claim.owned = true;
      return false;
    }
    const { rows } = await app.db.query<IdempotencyRow & { expired: boolean; abandoned: boolean }>(
      `SELECT *, expires_at <= now() AS expired,
              (state = 'in_flight' AND NOT committed AND created_at <= now() - $3 * interval '1 millisecond') AS abandoned
       FROM idempotency_keys WHERE api_key_id = $1 AND key = $2`,
      [apiKeyId, claim.key, IN_FLIGHT_TAKEOVER_MS],
    );
    const row = rows[0];
    if (!row) continue; // deleted between the two statements: claim again
    if (row.expired) {
      await app.db.query('DELETE FROM idempotency_keys WHERE api_key_id = $1 AND key = $2 AND expires_at <= now()', [apiKeyId, claim.key]);
      continue;
    }
    if (row.request_hash !== claim.hash) {
      throw new ApiError(
        'idempotency',
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request (method, path or body); use a new key for a new request.',
        { param: 'Idempotency-Key' },
      );
    }
    if (row.state === 'completed') {
      reply.code(row.response_status ?? 200);
      for (const [name, value] of Object.entries(row.response_headers ?? {})) reply.header(name, value);
      reply.header('Idempotent-Replayed', 'true');
      reply.send(row.response_body ? fillResponse((await app.secretBox()).open(row.response_body), row.response_fill) : '');
      return true;
    }
    if (row.abandoned) {
      const taken = await app.db.query(
        // The age test is repeated here so that of two retries racing for the takeover only one wins.
        `UPDATE idempotency_keys SET created_at = now()
         WHERE api_key_id = $1 AND key = $2 AND state = 'in_flight' AND NOT committed AND created_at <= now() - $3 * interval '1 millisecond'`,
        [apiKeyId, claim.key, IN_FLIGHT_TAKEOVER_MS],
      );
      if (taken.rowCount > 0) {
        claim.owned = true;
        return false;
      }
    }
    throw inFlight('Idempotency-Key');
  }
  throw inFlight();
}

/** Deletes expired idempotency records (run periodically by the server). */
export async function purgeExpiredIdempotencyKeys(q: Queryable): Promise<number> {
  const { rowCount } = await q.query('DELETE FROM idempotency_keys WHERE expires_at <= now()');
  return rowCount;
}
