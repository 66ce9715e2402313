import { once } from 'node:events';
import { Agent } from 'node:http';
import { Worker } from 'node:worker_threads';
import { generateSigningKeys, type SigningKeys } from '../http/signRequest.js';
import { postSigned } from './floodRequests.js';
import { median, percentile, round } from './stats.js';

export interface FloodBenchOptions {
  readonly knowledgeDir: string;
  /** How long the flood lasts, ms. */
  readonly durationMs: number;
  /** Concurrent connections the flooding user keeps busy. */
  readonly floodConnections: number;
  /** Pause between two PINGs, ms. */
  readonly pingEveryMs: number;
  /** The questions' limit per user per minute, as `RATE_LIMIT_PER_MINUTE`. */
  readonly ratePerMinute?: number;
  /** The compiled workers (server, flooding client); tests running from the sources point them at `dist/`. */
  readonly serverWorker?: URL;
  readonly floodClient?: URL;
}

export interface FloodBenchResult {
  readonly ping_p50_idle_ms: number;
  readonly ping_p99_idle_ms: number;
  readonly ping_p50_under_flood_ms: number;
  readonly ping_p99_under_flood_ms: number;
  /** Flood requests answered per second (any status). */
  readonly flood_rps: number;
}

/**
 * Signed PINGs timed while one user floods the endpoint with worst-case requests: `/ask` with 6,000
 * repeated Han characters and autocomplete with 6,000 characters of near-miss names (the most
 * Discord sends), each a fresh interaction id, for `durationMs`. The server and the flooding client
 * each run on a worker thread, so the PINGs' times are the server's event loop and not the
 * client's signing; PINGs are timed first without the flood, for the ratio.
 */
export async function benchPingUnderFlood(options: FloodBenchOptions): Promise<FloodBenchResult> {
  const keys = generateSigningKeys();
  const worker = new Worker(options.serverWorker ?? new URL('./floodServer.js', import.meta.url), {
    workerData: {
      knowledgeDir: options.knowledgeDir,
      publicKey: keys.publicKeyHex,
      ratePerMinute: options.ratePerMinute ?? 20,
    },
  });
  const [{ port }] = (await once(worker, 'message')) as [{ port: number }];
  const pingAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    // The first PINGs pay for the connection and the JIT; not counted.
    await pingFor(port, keys, pingAgent, 500, options.pingEveryMs);
    const idle = await pingFor(port, keys, pingAgent, 1_000, options.pingEveryMs);
    const client = new Worker(options.floodClient ?? new URL('./floodClient.js', import.meta.url), {
      workerData: {
        port,
        privateKeyPem: keys.privateKey.export({ format: 'pem', type: 'pkcs8' }),
        durationMs: options.durationMs,
        connections: options.floodConnections,
      },
    });
    const flooded = once(client, 'message') as Promise<[{ sent: number }]>;
    const during = await pingFor(port, keys, pingAgent, options.durationMs, options.pingEveryMs);
    const [{ sent }] = await flooded;
    return {
      ping_p50_idle_ms: round(median(idle), 2),
      ping_p99_idle_ms: round(percentile(idle, 99), 2),
      ping_p50_under_flood_ms: round(median(during), 2),
      ping_p99_under_flood_ms: round(percentile(during, 99), 2),
      flood_rps: round(sent / (options.durationMs / 1000), 0),
    };
  } finally {
    pingAgent.destroy();
    worker.postMessage('close');
    await once(worker, 'exit');
  }
}

async function pingFor(
  port: number,
  keys: SigningKeys,
  agent: Agent,
  ms: number,
  everyMs: number,
): Promise<number[]> {
  const samples: number[] = [];
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const sent = await postSigned(
      port,
      keys.privateKey,
      agent,
      JSON.stringify({ type: 1, id: '1', token: 'ping' }),
    );
    if (sent.status !== 200) throw new Error(`PING answered ${sent.status}`);
    samples.push(sent.ms);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return samples;
}
