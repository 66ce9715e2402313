import { createApp } from '../app/createApp.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { connectRedis } from '../limits/redisLink.js';
import { silentLogger } from '../log/logger.js';
import { benchHttp, commandInteraction } from './httpBench.js';
import { hasRedisServer, startRedisServer } from './localRedisServer.js';

/** A limit no bench run reaches, so every request is answered and every one still takes a token. */
const UNREACHED_PER_MINUTE = 1_000_000_000;

export interface RedisHttpBenchResult {
  /** req/s with the in-process limiter on. */
  readonly http_local_limit_rps: number;
  /** req/s with the limiter in Redis: one Lua round trip per request. */
  readonly http_redis_limit_rps: number;
  /** http_redis_limit_rps / http_local_limit_rps. */
  readonly http_redis_ratio: number;
  readonly http_redis_p99_ms: number;
}

/**
 * The HTTP endpoint's rate with the per-user limit in Redis beside the rate with it in memory, the
 * same signed `/who-uses cloud:azure` either way. Uses `REDIS_URL` when set, else a throwaway
 * `redis-server` on loopback; undefined when there is neither.
 */
export async function benchRedisHttp(
  kb: KnowledgeBase,
  redisUrl: string | undefined,
  requests: number,
): Promise<RedisHttpBenchResult | undefined> {
  const local = redisUrl === undefined && hasRedisServer() ? await startRedisServer() : undefined;
  const url = redisUrl ?? local?.url;
  if (url === undefined) return undefined;
  const link = connectRedis({ url, logger: silentLogger });
  try {
    if (!(await link.ready(5_000))) throw new Error(`no Redis answering at ${url}`);
    const interaction = commandInteraction('who-uses', [{ name: 'cloud', value: 'azure' }]);
    const run = (app: ReturnType<typeof createApp>) =>
      benchHttp({ router: app.router, interaction, requests, connections: 10, rssRequests: requests });
    const inMemory = await run(createApp(kb, { logger: silentLogger, ratePerMinute: UNREACHED_PER_MINUTE }));
    const inRedis = await run(
      createApp(kb, { logger: silentLogger, ratePerMinute: UNREACHED_PER_MINUTE, redis: link }),
    );
    if (!link.isUp()) throw new Error('Redis went away during the bench: the figure would be the fallback');
    return {
      http_local_limit_rps: inMemory.http_rps,
      http_redis_limit_rps: inRedis.http_rps,
      http_redis_ratio: Math.round((inRedis.http_rps / inMemory.http_rps) * 1000) / 1000,
      http_redis_p99_ms: inRedis.http_p99_ms,
    };
  } finally {
    await link.close();
    await local?.stop();
  }
}
