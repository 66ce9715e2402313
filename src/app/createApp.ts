import { createAnswerCharts, createChartRenderer } from '../chart/index.js';
import { createRouter } from '../discord/createRouter.js';
import type { ChartProvider, InteractionRouter } from '../discord/interactionRouter.js';
import { createEngine, type Engine } from '../engine/createEngine.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { AsyncRateLimiter } from '../limits/asyncRateLimiter.js';
import type { RedisLink } from '../limits/redisLink.js';
import { createRedisRateLimiter } from '../limits/redisRateLimiter.js';
import { createRateLimiter } from '../limits/tokenBucket.js';
import type { Logger } from '../log/logger.js';
import type { BotObserver } from './botObserver.js';

export interface AppOptions {
  readonly logger: Logger;
  /** Questions per user per minute; 0 turns the limit off. */
  readonly ratePerMinute: number;
  /** Keeps the per-user buckets in Redis, shared by every process; in-process otherwise. */
  readonly redis?: RedisLink;
  /** Metrics and analytics. */
  readonly observer?: BotObserver;
  /** Adds 👍/👎 buttons to answers. */
  readonly feedback?: boolean;
}

/** What every transport (gateway, HTTP) shares: the engine, the router, the charts and the rate limiter. */
export interface App {
  readonly engine: Engine;
  readonly router: InteractionRouter;
  readonly charts: ChartProvider;
  readonly rateLimiter?: AsyncRateLimiter;
  readonly observer?: BotObserver;
  readonly feedback?: boolean;
}

/**
 * Wires the bot once, the same way for the gateway and the HTTP endpoint, so both answer alike.
 * The chart fonts are parsed here rather than on the first chart, which keeps the first `/gap`
 * well inside Discord's three seconds.
 */
export function createApp(kb: KnowledgeBase, options: AppOptions): App {
  const engine = createEngine(kb);
  const renderer = createChartRenderer();
  renderer.preload();
  const charts = createAnswerCharts(kb, renderer);
  const perMinute = options.ratePerMinute;
  const bucket = { capacity: perMinute, refillPerSecond: perMinute / 60 };
  const local = perMinute > 0 ? createRateLimiter(bucket) : undefined;
  const rateLimiter =
    local === undefined || options.redis === undefined
      ? local
      : createRedisRateLimiter({ link: options.redis, ...bucket, fallback: local });
  const extras = {
    ...(rateLimiter === undefined ? {} : { rateLimiter }),
    ...(options.observer === undefined ? {} : { observer: options.observer }),
    ...(options.feedback === undefined ? {} : { feedback: options.feedback }),
  };
  const router = createRouter({ engine, logger: options.logger, charts, ...extras });
  return { engine, router, charts, ...extras };
}
