// API v1 authentication, scopes, location access and per-key rate limits (SPEC §5.1). One root
// onRequest hook resolves the Bearer key and spends a rate-limit token for every /api/v1 request
// (so even a 401 or 404 carries X-RateLimit-*); routes then demand a scope with
// `onRequest: app.apiKeyAuth('orders:read')`, which makes `request.apiKey` non-null for the handler.
// A route with `config: { auth: 'in-handler' }` (POST /api/v1/orders) reads the key row in its own
// first statement instead, once this instance has seen the key (its id, hence its rate-limit bucket,
// is then known without a lookup); it hands the row to app.settleApiKey, which makes the same checks
// in the same order (admit, authorize), and its route errorHandler (app.deferredApiKeyErrors) makes
// them first for an error raised before the handler, so the answer is the one the hooks give.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error';
import {
  API_KEY_PATTERN,
  findApiKey,
  keyLookup,
  LIVE_ONLY_SCOPES,
  touchApiKey,
  type ApiKeyAuthRow,
  type ApiKeyPrincipal,
  type ApiScope,
  type KeyLookup,
} from '../auth/api-keys';
import { sha256Hex } from '../auth/tokens';
import { memoryStore, redisStore } from './rate-limit-store';

export type { ApiKeyPrincipal, ApiScope } from '../auth/api-keys';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'in-handler': the handler reads the key row in its first statement and calls app.settleApiKey (see the top of api-auth.ts). */
    auth?: 'in-handler';
  }
  interface FastifyInstance {
    /** onRequest/preHandler hook: 401 without a valid key, 403 without every listed scope. */
    apiKeyAuth(scope: ApiScope | ApiScope[]): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** For a request whose key its handler read (request.apiKeyDeferred): the hooks' checks on that row; the key, or the hooks' error. */
    settleApiKey(request: FastifyRequest, reply: FastifyReply, row: ApiKeyAuthRow | undefined): Promise<ApiKeyPrincipal>;
    /** The route errorHandler of an `auth: 'in-handler'` route: an error before the key was read answers as behind the hooks (their error first). */
    deferredApiKeyErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<never>;
  }
  interface FastifyRequest {
    /** The API key of an /api/v1 request; non-null in handlers behind apiKeyAuth. */
    apiKey: ApiKeyPrincipal | null;
    apiKeyLookup: KeyLookup | null;
    /** An `auth: 'in-handler'` request whose key is not read yet: its hash, the bucket its rate-limit token came from, the route's scopes. */
    apiKeyDeferred: { token: string; hash: string; bucket: string; scopes: ApiScope[] } | null;
  }
}

export function isApiV1Url(url: string): boolean {
  return url === '/api/v1' || url.startsWith('/api/v1/') || url.startsWith('/api/v1?');
}

/** True when the key may act on this location. */
export function canAccessLocation(key: ApiKeyPrincipal, locationId: string): boolean {
  return key.locationIds === 'all' || key.locationIds.includes(locationId);
}

/** 403 unless the key may act on this location. */
export function assertLocationAccess(key: ApiKeyPrincipal, locationId: string, param = 'location_id'): void {
  if (!canAccessLocation(key, locationId)) {
    throw new ApiError('permission', 'location_forbidden', `This API key may not access location "${locationId}".`, { param });
  }
}

/**
 * True when an object (order, customer, event, webhook endpoint, …) is of the key's mode: a live key
 * never sees test-mode data and a pos_test_ key sees test-mode data only. Other-mode ids are 404s,
 * like ids that never existed (Stripe answers the same).
 */
export function sameMode(key: ApiKeyPrincipal, object: { livemode: boolean }): boolean {
  return object.livemode === key.livemode;
}

/** The authenticated key of a request behind apiKeyAuth (throws 401 if a route forgot the hook). */
export function requireApiKey(request: FastifyRequest): ApiKeyPrincipal {
  if (!request.apiKey) throw new ApiError('authentication', 'api_key_missing', 'Send your API key as "Authorization: Bearer pos_live_…".');
  return request.apiKey;
}

const TOUCH_INTERVAL_MS = 60_000;
/** Key hashes this instance has resolved → their ids (a hash never changes its id), bounded. */
const KNOWN_KEYS_MAX = 10_000;

/** The scope checks of apiKeyAuth: 401 without a valid key, 403 without every scope (or a live-only scope on a test key). */
function authorize(request: FastifyRequest, needed: ApiScope[]): void {
  const lookup = request.apiKeyLookup;
  if (!request.apiKey) {
    if (!lookup) throw new ApiError('authentication', 'api_key_missing', 'Send your API key as "Authorization: Bearer pos_live_…".');
    if (!lookup.ok && lookup.reason === 'revoked') throw new ApiError('authentication', 'api_key_revoked', 'This API key has been revoked.');
    throw new ApiError('authentication', 'api_key_invalid', 'The API key is not valid. Check "Authorization: Bearer pos_live_…".');
  }
  const missing = needed.filter((s) => !request.apiKey!.scopes.includes(s));
  if (missing.length > 0) {
    throw new ApiError('permission', 'scope_missing', `This API key lacks the scope ${missing.map((s) => `"${s}"`).join(', ')}.`);
  }
  const liveOnly = needed.find((s) => LIVE_ONLY_SCOPES.includes(s));
  if (!request.apiKey.livemode && liveOnly) {
    throw new ApiError(
      'permission',
      'livemode_required',
      `"${liveOnly}" changes the catalog and locations that live and test mode share; use a live key (pos_live_…). A test key (pos_test_…) reads them.`,
    );
  }
}

export function registerApiAuth(app: FastifyInstance): void {
  const limiter = app.config.redisUrl
    ? redisStore(app.config.redisUrl, app.config.apiRateLimitPerSecond, app.log)
    : memoryStore(app.config.apiRateLimitPerSecond);
  app.addHook('onClose', async () => limiter.close());
  const lastTouched = new Map<string, number>();
  const knownKeys = new Map<string, string>();

  app.decorateRequest('apiKey', null);
  app.decorateRequest('apiKeyLookup', null);
  app.decorateRequest('apiKeyDeferred', null);

  /** Spends a rate-limit token from `bucket`: the X-RateLimit-* headers, 429 when it is empty. */
  async function spend(reply: FastifyReply, bucket: string): Promise<void> {
    const decision = await limiter.take(bucket);
    reply.header('X-RateLimit-Limit', String(decision.limit));
    reply.header('X-RateLimit-Remaining', String(decision.remaining));
    reply.header('X-RateLimit-Reset', String(decision.resetSeconds));
    if (!decision.allowed) {
      throw new ApiError('rate_limited', 'rate_limited', `Too many requests for this API key; retry after ${decision.retryAfterSeconds} s.`, {
        headers: { 'Retry-After': String(decision.retryAfterSeconds) },
      });
    }
  }

  /** The key's lookup on the request, its rate-limit token (per key, else per IP; not again from `spent`) and its last use. */
  async function admit(request: FastifyRequest, reply: FastifyReply, lookup: KeyLookup | null, spent?: string): Promise<void> {
    request.apiKeyLookup = lookup;
    if (lookup?.ok) request.apiKey = lookup.principal;
    const bucket = request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`;
    if (bucket !== spent) await spend(reply, bucket);
    if (request.apiKey) {
      const now = Date.now();
      const id = request.apiKey.id;
      if ((lastTouched.get(id) ?? 0) < now - TOUCH_INTERVAL_MS) {
        lastTouched.set(id, now);
        await touchApiKey(app.db, id).catch((error: unknown) => request.log.warn({ err: error }, 'could not record API key use'));
      }
    }
  }

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiV1Url(request.url)) return;
    const header = request.headers.authorization;
    if (typeof header !== 'string' || header.length === 0) return admit(request, reply, null);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return admit(request, reply, { ok: false, reason: 'malformed' });
    const token = match[1]!;
    const hash = API_KEY_PATTERN.test(token) ? sha256Hex(token) : null;
    const knownId = hash === null ? undefined : knownKeys.get(hash);
    if (hash !== null && knownId !== undefined && request.routeOptions.config?.auth === 'in-handler') {
      // The handler reads the key; its token comes from the key's bucket now, as after a lookup.
      const bucket = `key:${knownId}`;
      await spend(reply, bucket);
      request.apiKeyDeferred = { token, hash, bucket, scopes: [] };
      return;
    }
    const lookup = await findApiKey(app.db, token);
    if (lookup.ok && hash !== null) {
      if (knownKeys.size >= KNOWN_KEYS_MAX) knownKeys.clear();
      knownKeys.set(hash, lookup.principal.id);
    }
    await admit(request, reply, lookup);
  });

  app.decorate('apiKeyAuth', (scope: ApiScope | ApiScope[]) => {
    const needed = Array.isArray(scope) ? scope : [scope];
    return async (request: FastifyRequest) => {
      // Checked when the handler has read the key (settleApiKey) or an error comes first (deferredApiKeyErrors).
      if (request.apiKeyDeferred) request.apiKeyDeferred.scopes = needed;
      else authorize(request, needed);
    };
  });

  app.decorate('settleApiKey', async (request: FastifyRequest, reply: FastifyReply, row: ApiKeyAuthRow | undefined) => {
    const deferred = request.apiKeyDeferred;
    if (!deferred) return requireApiKey(request);
    request.apiKeyDeferred = null;
    // A key revoked since this instance saw it spends from the IP's bucket, as after a lookup.
    await admit(request, reply, keyLookup(row), deferred.bucket);
    authorize(request, deferred.scopes);
    return requireApiKey(request);
  });

  app.decorate('deferredApiKeyErrors', async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const deferred = request.apiKeyDeferred;
    if (deferred) {
      request.apiKeyDeferred = null;
      await admit(request, reply, await findApiKey(app.db, deferred.token), deferred.bucket);
      authorize(request, deferred.scopes);
    }
    throw error;
  });
}
