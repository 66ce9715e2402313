import type { Analytics } from '../analytics/createAnalytics.js';
import { DEFAULT_DATA_DIR } from '../analytics/dataDir.js';
import type { RedisLink } from '../limits/redisLink.js';
import type { SeenInteractions } from '../limits/seenInteractions.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../metrics/createMetrics.js';
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
 * to run the bot; each part is off or in-process by default. Each part's client (ioredis,
 * prom-client, better-sqlite3) is imported only when that part is on: loaded at start they cost
 * every process tens of MB and a good part of its start-up, used or not.
 */
export async function setUpOperations(
  env: OperationsEnv,
  logger: Logger,
  options: { readonly metrics: boolean },
): Promise<Operations> {
  const redisUrl = env.REDIS_URL;
  const [redisParts, metrics, analytics] = await Promise.all([
    redisUrl === undefined ? undefined : connectShared(redisUrl, logger),
    options.metrics ? import('../metrics/createMetrics.js').then((m) => m.createMetrics()) : undefined,
    env.ANALYTICS === 'off'
      ? undefined
      : import('../analytics/createAnalytics.js').then((m) =>
          m.createAnalytics({
            dataDir: env.DATA_DIR ?? DEFAULT_DATA_DIR,
            logger,
            maxBytes: env.ANALYTICS_MAX_MB * 2 ** 20,
          }),
        ),
  ]);
  const redis = redisParts?.redis;
  if (metrics !== undefined && redis !== undefined) metrics.watchRedis(() => redis.isUp());
  const observer = combineObservers(logger, [
    ...(metrics === undefined ? [] : [metrics.observer]),
    ...(analytics === undefined ? [] : [analytics.observer]),
  ]);
  return {
    ...(redisParts ?? {}),
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

/** The Redis link and the replay cache kept in it. */
async function connectShared(
  url: string,
  logger: Logger,
): Promise<{ readonly redis: RedisLink; readonly seenInteractions: SeenInteractions }> {
  const [{ connectRedis }, { createRedisSeenInteractions }] = await Promise.all([
    import('../limits/redisLink.js'),
    import('../limits/redisSeenInteractions.js'),
  ]);
  const redis = connectRedis({ url, logger });
  return { redis, seenInteractions: createRedisSeenInteractions({ link: redis }) };
}
