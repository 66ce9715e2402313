import { createAnswerCharts, createChartRenderer } from '../chart/index.js';
import { createRouter } from '../discord/createRouter.js';
import type { ChartProvider, InteractionRouter } from '../discord/interactionRouter.js';
import { createEngine, type Engine } from '../engine/createEngine.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { AsyncRateLimiter } from '../limits/asyncRateLimiter.js';
import { AUTOCOMPLETE_BUDGET } from '../limits/inputLimits.js';
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
  /** Rendered slash-command replies the router keeps (the default when omitted; 0 keeps none). */
  readonly replyCacheSize?: number;
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
 * Nothing of the charts is loaded here: the build's font subset parses in milliseconds, so the
 * first chart loads it (and resvg) well inside Discord's three seconds, and a process that never
 * draws one never holds them.
 */
export function createApp(kb: KnowledgeBase, options: AppOptions): App {
  const engine = createEngine(kb);
  const charts = createAnswerCharts(kb, createChartRenderer());
  const perMinute = options.ratePerMinute;
  const bucket = { capacity: perMinute, refillPerSecond: perMinute / 60 };
  const local = perMinute > 0 ? createRateLimiter(bucket) : undefined;
  const rateLimiter =
    local === undefined || options.redis === undefined
      ? local
      : createRedisRateLimiter({ link: options.redis, ...bucket, fallback: local });
  // Always on, whatever the questions' limit: its budget is one no person typing reaches.
  const autocompleteLimiter = createRateLimiter(AUTOCOMPLETE_BUDGET);
  const extras = {
    ...(rateLimiter === undefined ? {} : { rateLimiter }),
    ...(options.observer === undefined ? {} : { observer: options.observer }),
    ...(options.feedback === undefined ? {} : { feedback: options.feedback }),
  };
  const router = createRouter({
    engine,
    logger: options.logger,
    charts,
    autocompleteLimiter,
    ...extras,
    ...(options.replyCacheSize === undefined ? {} : { replyCacheSize: options.replyCacheSize }),
  });
  return { engine, router, charts, ...extras };
}
