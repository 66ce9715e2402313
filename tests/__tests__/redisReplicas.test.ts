import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/bench/freePort.js';
import { generateSigningKeys, type SigningKeys } from '../../src/http/signRequest.js';
import { readReply, sendSigned } from '../support/httpHarness.js';
import { chatInput } from '../support/interactions.js';
import { type Run, runEntry } from '../support/processes.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../support/redisServer.js';

const DATA_DIR = mkdtempSync(join(tmpdir(), 'replicas-test-'));
afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

interface Replica {
  readonly run: Run;
  readonly port: number;
}

describe.runIf(redisServerAvailable())('two `npm run serve` replicas sharing one real redis-server', () => {
  let redis: RedisServer;
  const replicas: Replica[] = [];
  const keys: SigningKeys = generateSigningKeys();

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterEach(() => {
    for (const replica of replicas.splice(0))
      if (replica.run.child.exitCode === null) replica.run.child.kill('SIGKILL');
  });
  afterAll(async () => {
    await redis.stop();
  });

  async function replica(): Promise<Replica> {
    const run = runEntry('http/serve.js', {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      REDIS_URL: redis.url,
      RATE_LIMIT_PER_MINUTE: '3',
      DATA_DIR,
      LOG_LEVEL: 'info',
    });
    const made = { run, port: Number((await run.logLine('listening')).port) };
    replicas.push(made);
    await run.logLine('redis connected');
    return made;
  }

  /** Asks `/who-uses cloud:azure` as `user` on a replica: 'answered', 'limited', or the HTTP status. */
  async function ask(on: Replica, userId: string): Promise<string> {
    const interaction = chatInput('who-uses', { cloud: 'azure' });
    const asUser = {
      ...interaction,
      member: { ...interaction.member, user: { ...interaction.member?.user, id: userId } },
    };
    const started = performance.now();
    const result = await sendSigned(on.port, keys, JSON.stringify(asUser));
    // Discord wants an answer within 3 s, Redis or no Redis.
    expect(performance.now() - started).toBeLessThan(3_000);
    if (result.status !== 200) return String(result.status);
    const { payload } = await readReply(result);
    return JSON.stringify(payload).includes('Slow down') ? 'limited' : 'answered';
  }

  it('one user gets the limit once across both replicas, and a replayed interaction is answered once', async () => {
    const [a, b] = [await replica(), await replica()];
    const verdicts: string[] = [];
    for (const on of [a, b, a, b, a, b]) verdicts.push(await ask(on, '210000000000000001'));
    expect(verdicts).toEqual(['answered', 'answered', 'answered', 'limited', 'limited', 'limited']);
    // Another user has a bucket of their own.
    expect(await ask(b, '210000000000000002')).toBe('answered');

    // The same signed interaction delivered twice, to different replicas: the second is refused.
    const body = JSON.stringify(chatInput('who-uses', { cloud: 'aws' }));
    expect((await sendSigned(a.port, keys, body)).status).toBe(200);
    expect((await sendSigned(b.port, keys, body)).status).toBe(409);
  });

  it('Redis killed mid-run: both keep answering in time on their local limit, log it once, and share again once Redis is back', async () => {
    const [a, b] = [await replica(), await replica()];
    expect(await ask(a, '220000000000000001')).toBe('answered');

    await redis.kill();
    // Each replica falls back to its own bucket of 3: the user gets 3 on each.
    const during: string[] = [];
    for (const on of [a, a, a, a, b, b, b, b]) during.push(await ask(on, '220000000000000002'));
    expect(during).toEqual([
      'answered',
      'answered',
      'answered',
      'limited',
      'answered',
      'answered',
      'answered',
      'limited',
    ]);
    for (const on of [a, b]) {
      const outages = on.run
        .output()
        .split('\n')
        .filter((line) => line.includes('redis unavailable'));
      expect(outages).toHaveLength(1);
      expect(on.run.child.exitCode).toBeNull();
    }

    await redis.start();
    await a.run.logLine('redis reconnected: shared state restored', 15_000);
    await b.run.logLine('redis reconnected: shared state restored', 15_000);
    const after: string[] = [];
    for (const on of [b, a, b, a]) after.push(await ask(on, '220000000000000003'));
    expect(after).toEqual(['answered', 'answered', 'answered', 'limited']);
  }, 60_000);
});
