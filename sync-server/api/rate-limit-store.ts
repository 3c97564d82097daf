// Where the per-key token buckets live: in memory (one instance), or in Redis when REDIS_URL is set,
// so every instance behind a load balancer spends from the same bucket (SPEC §11). Redis runs the
// bucket arithmetic in one Lua script on its own clock, so concurrent instances cannot overspend.
// If Redis is unreachable, requests are limited per instance in memory rather than refused.
// The client is ioredis: it loads the script once (EVALSHA, falling back to EVAL on NOSCRIPT),
// reconnects with backoff; commands wait (≤ 1 s) only while a connection is being made, and go
// straight to the in-memory fallback while Redis is known to be down.
import type { FastifyBaseLogger } from 'fastify';
import { Redis, type RedisOptions } from 'ioredis';
import { TokenBucketLimiter, type RateDecision } from '../http/rate-limiter';

export interface RateLimitStore {
  take(key: string): Promise<RateDecision>;
  close(): void;
}

const TOKEN_BUCKET_LUA = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then tokens = capacity; ts = now end
tokens = math.min(capacity, tokens + math.max(0, now - ts) / 1000 * rate)
local allowed = 0
if tokens >= 1 then tokens = tokens - 1; allowed = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate * 1000) + 1000)
return {allowed, tostring(tokens)}
`;

type BucketClient = Redis & { posTokenBucket(key: string, capacity: number, rate: number): Promise<unknown> };

/** `redis://[user:password@]host[:port][/db]`, `rediss://…`, or `unix:///path/to/redis.sock`. */
function connectRedis(url: string): BucketClient {
  // Connect on first use: a refused connection fails at once; a slow one may take up to 5 s once.
  const options: RedisOptions = { lazyConnect: true, connectTimeout: 5000, commandTimeout: 1000, maxRetriesPerRequest: 0 };
  const parsed = new URL(url);
  const client = parsed.protocol === 'unix:' ? new Redis({ ...options, path: parsed.pathname }) : new Redis(url, options);
  client.defineCommand('posTokenBucket', { numberOfKeys: 1, lua: TOKEN_BUCKET_LUA });
  return client as BucketClient;
}

export function memoryStore(ratePerSecond: number): RateLimitStore {
  const limiter = new TokenBucketLimiter(ratePerSecond, 2);
  return { take: async (key) => limiter.take(key), close: () => undefined };
}

export function redisStore(url: string, ratePerSecond: number, log: FastifyBaseLogger): RateLimitStore {
  const client = connectRedis(url);
  const fallback = new TokenBucketLimiter(ratePerSecond, 2);
  const capacity = fallback.capacity;
  let warnedAt = 0;
  const warn = (error: unknown): void => {
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    log.warn({ err: error }, 'rate limit store (Redis) unavailable; limiting per instance in memory');
  };
  // Connection errors surface here (ioredis reconnects by itself); without a listener they would be
  // reported as unhandled 'error' events.
  client.on('error', warn);

  async function evaluate(key: string): Promise<[number, number]> {
    if (client.status === 'reconnecting' || client.status === 'close' || client.status === 'end') throw new Error(`Redis is ${client.status}`);
    const reply = await client.posTokenBucket(`pos:ratelimit:${key}`, capacity, ratePerSecond);
    if (!Array.isArray(reply) || reply.length !== 2) throw new Error('unexpected reply from the rate-limit script');
    return [Number(reply[0]), Number(reply[1])];
  }

  return {
    async take(key) {
      try {
        const [allowed, tokens] = await evaluate(key);
        return {
          allowed: allowed === 1,
          limit: capacity,
          remaining: Math.floor(tokens),
          resetSeconds: Math.ceil((capacity - tokens) / ratePerSecond),
          retryAfterSeconds: allowed === 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / ratePerSecond)),
        };
      } catch (error) {
        warn(error);
        return fallback.take(key);
      }
    },
    close: () => client.disconnect(),
  };
}
