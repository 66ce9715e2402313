import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchPingUnderFlood } from '../../src/bench/floodBench.js';

describe('benchPingUnderFlood', () => {
  it('floods the real endpoint on a worker thread and reports PING percentiles idle and under flood', async () => {
    const result = await benchPingUnderFlood({
      knowledgeDir: join(import.meta.dirname, '../../knowledge'),
      durationMs: 400,
      floodConnections: 2,
      pingEveryMs: 10,
      // npm test builds first; the worker runs the compiled server.
      serverWorker: new URL('../../dist/bench/floodServer.js', import.meta.url),
      floodClient: new URL('../../dist/bench/floodClient.js', import.meta.url),
    });
    expect(result.flood_rps).toBeGreaterThan(0);
    for (const key of [
      'ping_p50_idle_ms',
      'ping_p99_idle_ms',
      'ping_p50_under_flood_ms',
      'ping_p99_under_flood_ms',
    ] as const) {
      expect(result[key], key).toBeGreaterThan(0);
    }
    expect(result.ping_p99_under_flood_ms).toBeGreaterThanOrEqual(result.ping_p50_under_flood_ms);
  }, 30_000);
});
