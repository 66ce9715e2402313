/** The verdict of one `take`: go ahead, or wait this many (fractional) seconds for the next token. */
export type TakeResult = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export interface RateLimiterOptions {
  /** Tokens a bucket holds when full: the burst a key may spend at once. A whole number ≥ 1. */
  readonly capacity: number;
  /** Tokens added back per second, up to `capacity`. */
  readonly refillPerSecond: number;
  /** Milliseconds since the epoch, like `Date.now` (the default); tests inject a clock. */
  readonly now?: () => number;
  /**
   * Buckets kept before pruning. Past it, buckets that have refilled to full are dropped (a full
   * bucket is the same as none); if that is not enough, the least recently used go too.
   */
  readonly maxKeys?: number;
}

export interface RateLimiter {
  /** Spends one token of `key`'s bucket, or says how long until one is back. */
  take(key: string): TakeResult;
  /** Buckets currently held; for tests and metrics. */
  size(): number;
}

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date, in ms. */
  at: number;
}

export const DEFAULT_MAX_KEYS = 10_000;

/**
 * A per-key token bucket with bounded memory. Pure apart from the clock it is given.
 *
 * @example
 * // 20 questions a minute per user, all of them at once if they like.
 * const limiter = createRateLimiter({ capacity: 20, refillPerSecond: 20 / 60 });
 * const verdict = limiter.take(userId);
 * if (!verdict.ok) reply(`try again in ${Math.ceil(verdict.retryAfterSeconds)} s`);
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { capacity, refillPerSecond } = options;
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`capacity must be a whole number of at least 1, got ${capacity}`);
  }
  if (!Number.isFinite(refillPerSecond) || refillPerSecond <= 0) {
    throw new RangeError(`refillPerSecond must be a positive number, got ${refillPerSecond}`);
  }
  if (!Number.isInteger(maxKeys) || maxKeys < 1) {
    throw new RangeError(`maxKeys must be a whole number of at least 1, got ${maxKeys}`);
  }

  // Map order is insertion order; a bucket is re-inserted on every use, so the first is the stalest.
  const buckets = new Map<string, Bucket>();

  function refilled(bucket: Bucket, at: number): number {
    // A clock that steps back refills nothing rather than draining the bucket.
    const elapsedSeconds = Math.max(0, at - bucket.at) / 1000;
    return Math.min(capacity, bucket.tokens + elapsedSeconds * refillPerSecond);
  }

  function prune(at: number): void {
    for (const [key, bucket] of buckets) {
      if (refilled(bucket, at) >= capacity) buckets.delete(key);
    }
    // Still too many busy keys: forget the least recently used, leaving room to grow before the next
    // prune so that a flood of new keys does not pay a full scan on every call.
    const target = Math.floor(maxKeys * 0.9);
    if (buckets.size <= target) return;
    let excess = buckets.size - target;
    for (const key of buckets.keys()) {
      if (excess-- <= 0) break;
      buckets.delete(key);
    }
  }

  return {
    take(key) {
      const at = now();
      const existing = buckets.get(key);
      const tokens = existing === undefined ? capacity : refilled(existing, at);
      if (existing !== undefined) buckets.delete(key);
      else if (buckets.size >= maxKeys) prune(at);

      // The epsilon absorbs float error: 3 s at 1/3 token a second must give back a whole token.
      if (tokens >= 1 - 1e-9) {
        buckets.set(key, { tokens: Math.max(0, tokens - 1), at });
        return { ok: true };
      }
      buckets.set(key, { tokens, at });
      return { ok: false, retryAfterSeconds: (1 - tokens) / refillPerSecond };
    },
    size: () => buckets.size,
  };
}
