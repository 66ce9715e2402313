import { createAnswerCharts, createChartRenderer } from '../chart/index.js';
import { createRouter } from '../discord/createRouter.js';
import type { ChartProvider, InteractionRouter } from '../discord/interactionRouter.js';
import { createEngine, type Engine } from '../engine/createEngine.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { AUTOCOMPLETE_BUDGET } from '../limits/inputLimits.js';
import { createRateLimiter, type RateLimiter } from '../limits/tokenBucket.js';
import type { Logger } from '../log/logger.js';

export interface AppOptions {
  readonly logger: Logger;
  /** Questions per user per minute; 0 turns the limit off. */
  readonly ratePerMinute: number;
}

/** What every transport (gateway, HTTP) shares: the engine, the router, the charts and the rate limiter. */
export interface App {
  readonly engine: Engine;
  readonly router: InteractionRouter;
  readonly charts: ChartProvider;
  readonly rateLimiter?: RateLimiter;
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
  const rateLimiter =
    perMinute > 0 ? createRateLimiter({ capacity: perMinute, refillPerSecond: perMinute / 60 }) : undefined;
  // Always on, whatever the questions' limit: its budget is one no person typing reaches.
  const autocompleteLimiter = createRateLimiter(AUTOCOMPLETE_BUDGET);
  const router = createRouter({
    engine,
    logger: options.logger,
    charts,
    autocompleteLimiter,
    ...(rateLimiter === undefined ? {} : { rateLimiter }),
  });
  return { engine, router, charts, ...(rateLimiter === undefined ? {} : { rateLimiter }) };
}
