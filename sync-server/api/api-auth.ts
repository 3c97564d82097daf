// API v1 authentication, scopes, location access and per-key rate limits (SPEC §5.1). One root
// onRequest hook resolves the Bearer key and spends a rate-limit token for every /api/v1 request
// (so even a 401 or 404 carries X-RateLimit-*); routes then demand a scope with
// `onRequest: app.apiKeyAuth('orders:read')`, which makes `request.apiKey` non-null for the handler.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error';
import { findApiKey, LIVE_ONLY_SCOPES, touchApiKey, type ApiKeyPrincipal, type ApiScope, type KeyLookup } from '../auth/api-keys';
import { memoryStore, redisStore } from './rate-limit-store';

export type { ApiKeyPrincipal, ApiScope } from '../auth/api-keys';

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest/preHandler hook: 401 without a valid key, 403 without every listed scope. */
    apiKeyAuth(scope: ApiScope | ApiScope[]): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    /** The API key of an /api/v1 request; non-null in handlers behind apiKeyAuth. */
    apiKey: ApiKeyPrincipal | null;
    apiKeyLookup: KeyLookup | null;
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

export function registerApiAuth(app: FastifyInstance): void {
  const limiter = app.config.redisUrl
    ? redisStore(app.config.redisUrl, app.config.apiRateLimitPerSecond, app.log)
    : memoryStore(app.config.apiRateLimitPerSecond);
  app.addHook('onClose', async () => limiter.close());
  const lastTouched = new Map<string, number>();

  app.decorateRequest('apiKey', null);
  app.decorateRequest('apiKeyLookup', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiV1Url(request.url)) return;
    const header = request.headers.authorization;
    if (typeof header === 'string' && header.length > 0) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      request.apiKeyLookup = match ? await findApiKey(app.db, match[1]!) : { ok: false, reason: 'malformed' };
      if (request.apiKeyLookup.ok) request.apiKey = request.apiKeyLookup.principal;
    }
    const decision = await limiter.take(request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`);
    reply.header('X-RateLimit-Limit', String(decision.limit));
    reply.header('X-RateLimit-Remaining', String(decision.remaining));
    reply.header('X-RateLimit-Reset', String(decision.resetSeconds));
    if (!decision.allowed) {
      throw new ApiError('rate_limited', 'rate_limited', `Too many requests for this API key; retry after ${decision.retryAfterSeconds} s.`, {
        headers: { 'Retry-After': String(decision.retryAfterSeconds) },
      });
    }
    if (request.apiKey) {
      const now = Date.now();
      const id = request.apiKey.id;
      if ((lastTouched.get(id) ?? 0) < now - TOUCH_INTERVAL_MS) {
        lastTouched.set(id, now);
        await touchApiKey(app.db, id).catch((error: unknown) => request.log.warn({ err: error }, 'could not record API key use'));
      }
    }
  });

  app.decorate('apiKeyAuth', (scope: ApiScope | ApiScope[]) => {
    const needed = Array.isArray(scope) ? scope : [scope];
    return async (request: FastifyRequest) => {
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
    };
  });
}
