import type { TakeResult } from './tokenBucket.js';

/**
 * A limiter whose verdict may need a round trip (the Redis one); the in-process {@link RateLimiter}
 * fits it as it is, so call sites `await` either.
 */
export interface AsyncRateLimiter {
  take(key: string): TakeResult | Promise<TakeResult>;
}
