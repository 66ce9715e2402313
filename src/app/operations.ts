import { type Analytics, createAnalytics } from '../analytics/createAnalytics.js';
import { DEFAULT_DATA_DIR } from '../analytics/dataDir.js';
import { connectRedis, type RedisLink } from '../limits/redisLink.js';
import { createRedisSeenInteractions } from '../limits/redisSeenInteractions.js';
import type { SeenInteractions } from '../limits/seenInteractions.js';
import type { Logger } from '../log/logger.js';
import { createMetrics, type Metrics } from '../metrics/createMetrics.js';
import { type BotObserver, combineObservers } from './botObserver.js';

/** The production settings both entry points read (see `operationsEnv.ts`). */
export interface OperationsEnv {
  readonly REDIS_URL?: string | undefined;
  readonly DATA_DIR?: string | undefined;
  readonly ANALYTICS: 'on' | 'off';
  readonly ANALYTICS_MAX_MB: number;
}

/** What an entry point runs beside the bot: shared state, metrics, analytics. */
export interface Operations {
  readonly redis?: RedisLink;
  readonly seenInteractions?: SeenInteractions;
  readonly metrics?: Metrics;
  readonly analytics?: Analytics;
  /** Every observer above in one, for the router, the gateway bot and the HTTP server. */
  readonly observer: BotObserver;
  /** Whether answers get 👍/👎 buttons: only when the votes are recorded. */
  readonly feedback: boolean;
  close(): Promise<void>;
}

/**
 * Sets up, from the environment, what production adds to the bot: Redis when `REDIS_URL` is set,
 * Prometheus metrics when asked for, and analytics unless `ANALYTICS=off`. Nothing here is needed
 * to run the bot; each part is off or in-process by default.
 */
export function setUpOperations(
  env: OperationsEnv,
  logger: Logger,
  options: { readonly metrics: boolean },
): Operations {
  const redis = env.REDIS_URL === undefined ? undefined : connectRedis({ url: env.REDIS_URL, logger });
  const metrics = options.metrics ? createMetrics() : undefined;
  if (metrics !== undefined && redis !== undefined) metrics.watchRedis(() => redis.isUp());
  const analytics =
    env.ANALYTICS === 'off'
      ? undefined
      : createAnalytics({
          dataDir: env.DATA_DIR ?? DEFAULT_DATA_DIR,
          logger,
          maxBytes: env.ANALYTICS_MAX_MB * 2 ** 20,
        });
  const observer = combineObservers(logger, [
    ...(metrics === undefined ? [] : [metrics.observer]),
    ...(analytics === undefined ? [] : [analytics.observer]),
  ]);
  return {
    ...(redis === undefined ? {} : { redis, seenInteractions: createRedisSeenInteractions({ link: redis }) }),
    ...(metrics === undefined ? {} : { metrics }),
    ...(analytics === undefined ? {} : { analytics }),
    observer,
    feedback: analytics?.enabled === true,
    async close() {
      analytics?.close();
      await redis?.close();
    },
  };
}
