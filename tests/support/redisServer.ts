import { hasRedisServer } from '../../src/bench/localRedisServer.js';

export { type RedisServer, startRedisServer } from '../../src/bench/localRedisServer.js';

/** Whether `redis-server` is on PATH. In CI (`CI=true`) its absence is an error, not a skip. */
export function redisServerAvailable(): boolean {
  const found = hasRedisServer();
  if (!found && process.env.CI === 'true') {
    throw new Error('redis-server is missing in CI: .ci/run must install the redis-server package');
  }
  if (!found) {
    console.warn(
      'SKIPPED: redis-server is not installed (apt-get install -y redis-server); Redis tests skipped',
    );
  }
  return found;
}
