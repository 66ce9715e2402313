import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchRedisHttp } from '../../src/bench/redisHttpBench.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../support/redisServer.js';

describe.runIf(redisServerAvailable())('benchRedisHttp', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('measures the endpoint with the limit in memory and in the given Redis, every request a token', async () => {
    const kb = loadKnowledge(join(import.meta.dirname, '../../knowledge'));
    const result = await benchRedisHttp(kb, redis.url, 300, 1);
    expect(result?.http_local_limit_rps).toBeGreaterThan(0);
    expect(result?.http_redis_limit_rps).toBeGreaterThan(0);
    expect(result?.http_redis_ratio).toBeCloseTo(
      (result?.http_redis_limit_rps ?? 0) / (result?.http_local_limit_rps ?? 1),
      1,
    );
    expect(result?.router_redis_limit_ms).toBeGreaterThan(0);
    expect(result?.router_local_limit_ms).toBeGreaterThan(0);
    // The bench's one user spent its tokens from a bucket in this Redis.
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('h100bot:rate:*');
      expect(keys).toEqual(['h100bot:rate:200000000000000001']);
      expect(await client.pttl(keys[0] ?? '')).toBeGreaterThan(0);
    } finally {
      client.disconnect();
    }
  }, 60_000);
});
