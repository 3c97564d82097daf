// Per-key token bucket for API v1 (SPEC §4: POS_API_RATE_LIMIT, default 100/s with a burst of 2×).
// @fastify/rate-limit counts fixed windows, which cannot express "sustained N/s, bursts up to 2N";
// a bucket of 2N tokens refilled at N/s does exactly that (docs/decisions.md, "API v1").

export interface RateDecision {
  allowed: boolean;
  /** bucket size (the burst) */
  limit: number;
  /** whole tokens left after this request */
  remaining: number;
  /** seconds until the bucket is full again */
  resetSeconds: number;
  /** when refused: seconds until one token is back */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MAX_BUCKETS = 50_000;

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  readonly capacity: number;

  constructor(
    private readonly ratePerSecond: number,
    burstFactor = 2,
    private readonly now: () => number = Date.now,
  ) {
    if (!(ratePerSecond > 0)) throw new RangeError('rate must be positive');
    // At least 2, so slow rates (e.g. 3/m) still allow a request and its immediate retry.
    this.capacity = Math.max(2, Math.floor(ratePerSecond * burstFactor));
  }

  take(key: string): RateDecision {
    const now = this.now();
    const bucket = this.refilled(key, now);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_BUCKETS) this.prune(now);
    const missing = this.capacity - bucket.tokens;
    return {
      allowed,
      limit: this.capacity,
      remaining: Math.floor(bucket.tokens),
      resetSeconds: Math.ceil(missing / this.ratePerSecond),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.ratePerSecond)),
    };
  }

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: this.capacity, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
    return { tokens: Math.min(this.capacity, bucket.tokens + elapsed * this.ratePerSecond), updatedAt: now };
  }

  /** Full buckets carry no information: dropping them bounds memory for many idle keys or IPs. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(key, now).tokens >= this.capacity || bucket.updatedAt < now - 3_600_000) this.buckets.delete(key);
    }
  }
}
