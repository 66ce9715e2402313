import { createApp } from '../app/createApp.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { connectRedis } from '../limits/redisLink.js';
import { silentLogger } from '../log/logger.js';
import { benchHttp, commandInteraction } from './httpBench.js';
import { hasRedisServer, startRedisServer } from './localRedisServer.js';
import { median, round } from './stats.js';

/** A limit no bench run reaches, so every request is answered and every one still takes a token. */
const UNREACHED_PER_MINUTE = 1_000_000_000;

/** Medians over the rounds. */
export interface RedisHttpBenchResult {
  /** req/s with the in-process limiter on. */
  readonly http_local_limit_rps: number;
  /** req/s with the limiter in Redis: one Lua round trip per request. */
  readonly http_redis_limit_rps: number;
  /** http_redis_limit_rps / http_local_limit_rps. */
  readonly http_redis_ratio: number;
  readonly http_redis_p99_ms: number;
  /** One request at a time through the router alone: the latency a Redis round trip adds, ms. */
  readonly router_local_limit_ms: number;
  readonly router_redis_limit_ms: number;
}

/**
 * The HTTP endpoint's rate with the per-user limit in Redis beside the rate with it in memory, the
 * same signed `/who-uses cloud:azure` either way, `rounds` times each in alternating order. Uses
 * `REDIS_URL` when set, else a throwaway
 * `redis-server` on loopback; undefined when there is neither.
 */
export async function benchRedisHttp(
  kb: KnowledgeBase,
  redisUrl: string | undefined,
  requests: number,
  rounds = 3,
): Promise<RedisHttpBenchResult | undefined> {
  const local = redisUrl === undefined && hasRedisServer() ? await startRedisServer() : undefined;
  const url = redisUrl ?? local?.url;
  if (url === undefined) return undefined;
  const link = connectRedis({ url, logger: silentLogger });
  try {
    if (!(await link.ready(5_000))) throw new Error(`no Redis answering at ${url}`);
    const interaction = commandInteraction('who-uses', [{ name: 'cloud', value: 'azure' }]);
    const apps = {
      memory: createApp(kb, { logger: silentLogger, ratePerMinute: UNREACHED_PER_MINUTE }),
      redis: createApp(kb, { logger: silentLogger, ratePerMinute: UNREACHED_PER_MINUTE, redis: link }),
    };
    const rps = { memory: [] as number[], redis: [] as number[] };
    const p99: number[] = [];
    // Alternating which goes first, so a machine that speeds up or slows down mid-bench favours neither.
    for (let pass = 0; pass < rounds; pass++) {
      const order = pass % 2 === 0 ? (['memory', 'redis'] as const) : (['redis', 'memory'] as const);
      for (const which of order) {
        const result = await benchHttp({
          router: apps[which].router,
          interaction,
          requests,
          connections: 10,
          rssRequests: requests,
        });
        rps[which].push(result.http_rps);
        if (which === 'redis') p99.push(result.http_p99_ms);
      }
    }
    const sequential = { memory: [] as number[], redis: [] as number[] };
    for (const which of ['memory', 'redis', 'memory', 'redis'] as const) {
      for (let i = 0; i < 2_000; i++) {
        const started = performance.now();
        await apps[which].router(interaction);
        sequential[which].push(performance.now() - started);
      }
    }
    if (!link.isUp()) throw new Error('Redis went away during the bench: the figure would be the fallback');
    const memory = median(rps.memory);
    const redis = median(rps.redis);
    return {
      http_local_limit_rps: round(memory, 0),
      http_redis_limit_rps: round(redis, 0),
      http_redis_ratio: round(redis / memory, 3),
      http_redis_p99_ms: round(median(p99), 2),
      router_local_limit_ms: round(median(sequential.memory), 3),
      router_redis_limit_ms: round(median(sequential.redis), 3),
    };
  } finally {
    await link.close();
    await local?.stop();
  }
}
