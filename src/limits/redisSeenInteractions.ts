import type { RedisLink } from './redisLink.js';
import type { SeenInteractions } from './seenInteractions.js';

/** Discord rejects a signature more than 5 minutes old, so an id need not be remembered longer. */
export const SEEN_INTERACTION_TTL_MS = 5 * 60 * 1000;

export interface RedisSeenInteractionsOptions {
  readonly link: RedisLink;
  readonly ttlMs?: number;
  /** Decides while Redis is away; without one every id counts as new (answering beats dropping). */
  readonly fallback?: SeenInteractions;
  readonly keyPrefix?: string;
}

/**
 * The seen-interaction cache in Redis (`SET key 1 NX PX ttl`), so a replay is refused by every
 * replica, not only by the one that answered the original.
 */
export function createRedisSeenInteractions(options: RedisSeenInteractionsOptions): SeenInteractions {
  const { link, fallback } = options;
  const ttlMs = options.ttlMs ?? SEEN_INTERACTION_TTL_MS;
  const prefix = options.keyPrefix ?? 'h100bot:seen:';
  return {
    async claim(id) {
      const reply = await link.run('seen-interaction claim', (redis) =>
        redis.set(`${prefix}${id}`, '1', 'PX', ttlMs, 'NX'),
      );
      if (reply === undefined) return fallback === undefined ? true : fallback.claim(id);
      return reply === 'OK';
    },
  };
}
