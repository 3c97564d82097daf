// Where the per-key token buckets live: in memory (one instance), or in Redis when REDIS_URL is set,
// so every instance behind a load balancer spends from the same bucket (SPEC §11). Redis runs the
// bucket arithmetic in one Lua script on its own clock, so concurrent instances cannot overspend.
// If Redis is unreachable, requests are limited per instance in memory rather than refused.
import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { TokenBucketLimiter, type RateDecision } from '../http/rate-limiter';
import { RedisClient, RedisError } from './redis-client';

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
const SCRIPT_SHA = createHash('sha1').update(TOKEN_BUCKET_LUA).digest('hex');

export function memoryStore(ratePerSecond: number): RateLimitStore {
  const limiter = new TokenBucketLimiter(ratePerSecond, 2);
  return { take: async (key) => limiter.take(key), close: () => undefined };
}

export function redisStore(url: string, ratePerSecond: number, log: FastifyBaseLogger): RateLimitStore {
  const client = new RedisClient(url);
  const fallback = new TokenBucketLimiter(ratePerSecond, 2);
  const capacity = fallback.capacity;
  let warnedAt = 0;

  async function evaluate(key: string): Promise<[number, number]> {
    const args = [1, `pos:ratelimit:${key}`, capacity, ratePerSecond];
    let reply;
    try {
      reply = await client.command('EVALSHA', SCRIPT_SHA, ...args);
    } catch (error) {
      if (!(error instanceof RedisError) || !error.message.startsWith('NOSCRIPT')) throw error;
      reply = await client.command('EVAL', TOKEN_BUCKET_LUA, ...args);
    }
    if (!Array.isArray(reply) || reply.length !== 2) throw new RedisError('unexpected reply from the rate-limit script');
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
        if (Date.now() - warnedAt > 60_000) {
          warnedAt = Date.now();
          log.warn({ err: error }, 'rate limit store (Redis) unavailable; limiting per instance in memory');
        }
        return fallback.take(key);
      }
    },
    close: () => client.close(),
  };
}
