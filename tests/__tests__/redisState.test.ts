import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisLink } from '../../src/limits/redisLink.js';
import { createRedisRateLimiter } from '../../src/limits/redisRateLimiter.js';
import { createRedisSeenInteractions } from '../../src/limits/redisSeenInteractions.js';
import { createRateLimiter } from '../../src/limits/tokenBucket.js';
import { createLogger } from '../../src/log/logger.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../support/redisServer.js';

const HOUR = 1 / 3600;

describe.runIf(redisServerAvailable())('state shared through a real redis-server', () => {
  let redis: RedisServer;
  const links: RedisLink[] = [];
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });

  async function link(): Promise<RedisLink> {
    const made = connectRedis({ url: redis.url, logger, commandTimeoutMs: 300 });
    links.push(made);
    await expect.poll(() => made.isUp(), { timeout: 5_000, interval: 10 }).toBe(true);
    return made;
  }

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    for (const made of links) await made.close();
    await redis.stop();
  });

  it('two limiters on one Redis spend one bucket per user, and other users have their own', async () => {
    const [a, b] = [await link(), await link()];
    const settings = { capacity: 3, refillPerSecond: HOUR, keyPrefix: 'shared:' };
    const onA = createRedisRateLimiter({ link: a, ...settings, fallback: createRateLimiter(settings) });
    const onB = createRedisRateLimiter({ link: b, ...settings, fallback: createRateLimiter(settings) });
    const verdicts = [await onA.take('u1'), await onB.take('u1'), await onA.take('u1'), await onB.take('u1')];
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, false]);
    const refused = verdicts[3];
    // One token an hour: the next one is about an hour away.
    expect(refused?.ok === false && refused.retryAfterSeconds).toBeGreaterThan(3500);
    expect(refused?.ok === false && refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect((await onB.take('u2')).ok).toBe(true);
    // The bucket lives in Redis with an expiry, not in either process.
    expect(await a.client.pttl('shared:u1')).toBeGreaterThan(0);
  });

  it('a bucket refills at its rate', async () => {
    const made = await link();
    const settings = { capacity: 1, refillPerSecond: 10, keyPrefix: 'refill:' };
    const limiter = createRedisRateLimiter({
      link: made,
      ...settings,
      fallback: createRateLimiter(settings),
    });
    expect((await limiter.take('u')).ok).toBe(true);
    const refused = await limiter.take('u');
    expect(refused.ok).toBe(false);
    expect(refused.ok === false && refused.retryAfterSeconds).toBeLessThanOrEqual(0.1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await limiter.take('u')).ok).toBe(true);
  });

  it('a seen-interaction id is claimed once across clients and forgotten after its TTL', async () => {
    const [a, b] = [await link(), await link()];
    const seenA = createRedisSeenInteractions({ link: a, ttlMs: 200, keyPrefix: 'seen-test:' });
    const seenB = createRedisSeenInteractions({ link: b, ttlMs: 200, keyPrefix: 'seen-test:' });
    expect(await seenA.claim('111')).toBe(true);
    expect(await seenB.claim('111')).toBe(false);
    expect(await seenA.claim('111')).toBe(false);
    expect(await seenB.claim('222')).toBe(true);
    const ttl = await a.client.pttl('seen-test:111');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await seenB.claim('111')).toBe(true);
  });

  it('the default TTL is five minutes', async () => {
    const made = await link();
    const seen = createRedisSeenInteractions({ link: made });
    expect(await seen.claim('333')).toBe(true);
    const ttl = await made.client.pttl('h100bot:seen:333');
    expect(ttl).toBeGreaterThan(299_000);
    expect(ttl).toBeLessThanOrEqual(300_000);
  });

  it('Redis frozen: takes fall back to the local limiter within the command timeout, then Redis decides again', async () => {
    const made = await link();
    const settings = { capacity: 2, refillPerSecond: HOUR, keyPrefix: 'frozen:' };
    const local = createRateLimiter(settings);
    const limiter = createRedisRateLimiter({ link: made, ...settings, fallback: local });
    expect((await limiter.take('u')).ok).toBe(true);
    expect(local.size()).toBe(0);
    redis.freeze();
    try {
      const started = performance.now();
      const verdicts = [await limiter.take('u'), await limiter.take('u'), await limiter.take('u')];
      // Each take waits at most the 300 ms command timeout (and once the link knows, not at all).
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(verdicts.map((v) => v.ok)).toEqual([true, true, false]);
      expect(local.size()).toBe(1);
    } finally {
      redis.thaw();
    }
    expect((await limiter.take('thawed')).ok).toBe(true);
    expect(await made.client.exists('frozen:thawed')).toBe(1);
    expect(made.isUp()).toBe(true);
    expect(local.size()).toBe(1);
  });

  it('Redis killed: the limiter and the cache keep answering, log the outage once, and use Redis again after a restart', async () => {
    lines.length = 0;
    const made = await link();
    const settings = { capacity: 1, refillPerSecond: HOUR, keyPrefix: 'killed:' };
    const local = createRateLimiter(settings);
    const limiter = createRedisRateLimiter({ link: made, ...settings, fallback: local });
    const seen = createRedisSeenInteractions({ link: made, keyPrefix: 'killed-seen:' });
    expect((await limiter.take('before')).ok).toBe(true);

    await redis.kill();
    await expect.poll(() => made.isUp(), { timeout: 5_000, interval: 10 }).toBe(false);
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await limiter.take(`during-${i}`);
      expect(await seen.claim(`during-${i}`)).toBe(true);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    expect(local.size()).toBe(5);
    const outages = lines.filter((line) => line.includes('redis unavailable'));
    expect(outages.length).toBeGreaterThanOrEqual(1);
    // Every link logs its own outage once, however many commands fail meanwhile.
    expect(outages.length).toBeLessThanOrEqual(links.length);

    await redis.start();
    await expect.poll(() => made.isUp(), { timeout: 10_000, interval: 20 }).toBe(true);
    expect(lines.some((line) => line.includes('redis reconnected'))).toBe(true);
    // A fresh (emptied) Redis: the bucket is Redis's again, not the local one's.
    expect((await limiter.take('after')).ok).toBe(true);
    expect((await limiter.take('after')).ok).toBe(false);
    expect(local.size()).toBe(5);
    expect(await made.client.exists('killed:after')).toBe(1);
  });
});
