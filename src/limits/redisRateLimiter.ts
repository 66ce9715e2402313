import type { Result } from 'ioredis';
import type { AsyncRateLimiter } from './asyncRateLimiter.js';
import type { RedisLink } from './redisLink.js';
import type { RateLimiter, TakeResult } from './tokenBucket.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    h100TakeToken(
      key: string,
      capacity: number,
      refillPerMs: number,
    ): Result<[allowed: number, retryAfterMs: number], Context>;
  }
}

/**
 * The token bucket of `tokenBucket.ts` as one Lua script, so a take is one atomic round trip
 * whichever replica sends it. The clock is Redis's own (TIME), so replicas whose clocks differ still
 * agree; a bucket expires once it would have refilled, as a full bucket is the same as none.
 */
const TAKE_TOKEN = `
local capacity = tonumber(ARGV[1])
local refill = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
tokens = math.min(capacity, tokens + math.max(0, now - at) * refill)
local allowed = 0
local wait = 0
if tokens >= 1 - 1e-9 then
  tokens = math.max(0, tokens - 1)
  allowed = 1
else
  -- (Less a hair: 1 / (1/3600000) is 3600000.0000000005 in floating point, a millisecond too many.)
  wait = math.ceil((1 - tokens) / refill - 1e-6)
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / refill) + 1000)
return {allowed, wait}
`;

export interface RedisRateLimiterOptions {
  readonly link: RedisLink;
  readonly capacity: number;
  readonly refillPerSecond: number;
  /** Answers while Redis is away; the in-process limiter with the same settings. */
  readonly fallback: Pick<RateLimiter, 'take'>;
  /** Prefix of the bucket keys, so several bots can share one Redis. */
  readonly keyPrefix?: string;
}

/**
 * A per-key token bucket kept in Redis, so every replica and shard spends from the same bucket.
 * While Redis is down or slow the local `fallback` decides, so a user is never refused, nor kept
 * waiting, because of Redis.
 *
 * @example
 * const limiter = createRedisRateLimiter({ link, capacity: 20, refillPerSecond: 20 / 60, fallback: local });
 * const verdict = await limiter.take(userId);
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): AsyncRateLimiter {
  const { link, capacity, refillPerSecond, fallback } = options;
  const prefix = options.keyPrefix ?? 'h100bot:rate:';
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`capacity must be a whole number of at least 1, got ${capacity}`);
  }
  if (!Number.isFinite(refillPerSecond) || refillPerSecond <= 0) {
    throw new RangeError(`refillPerSecond must be a positive number, got ${refillPerSecond}`);
  }
  // defineCommand sends EVALSHA and falls back to EVAL once per connection when the script is unknown.
  if (typeof link.client.h100TakeToken !== 'function') {
    link.client.defineCommand('h100TakeToken', { numberOfKeys: 1, lua: TAKE_TOKEN });
  }
  const refillPerMs = refillPerSecond / 1000;

  return {
    async take(key): Promise<TakeResult> {
      const reply = await link.run('rate limit', (redis) =>
        redis.h100TakeToken(`${prefix}${key}`, capacity, refillPerMs),
      );
      if (reply === undefined) return fallback.take(key);
      const [allowed, retryAfterMs] = reply;
      return allowed === 1 ? { ok: true } : { ok: false, retryAfterSeconds: retryAfterMs / 1000 };
    },
  };
}
