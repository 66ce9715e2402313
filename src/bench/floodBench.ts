import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { Worker } from 'node:worker_threads';
import { generateSigningKeys, type SigningKeys, signRequest } from '../http/signRequest.js';
import { ADVERSARIAL_LENGTH } from './adversarialCorpus.js';
import { commandInteraction } from './httpBench.js';
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
  /** The compiled server worker; tests running from the sources point it at `dist/`. */
  readonly serverWorker?: URL;
}

export interface FloodBenchResult {
  readonly ping_p50_idle_ms: number;
  readonly ping_p99_idle_ms: number;
  readonly ping_p50_under_flood_ms: number;
  readonly ping_p99_under_flood_ms: number;
  /** Flood requests answered per second (any status). */
  readonly flood_rps: number;
}

interface Sent {
  readonly status: number;
  readonly ms: number;
}

/**
 * Signed PINGs timed while one user floods the endpoint with worst-case requests: `/ask` with 6,000
 * repeated Han characters and autocomplete with 6,000 characters of near-miss names (the most
 * Discord sends), each a fresh interaction id, for `durationMs`. The server runs in a worker thread, so its event loop is measured alone;
 * PINGs are timed first without the flood, for the ratio.
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
  const floodAgent = new Agent({ keepAlive: true, maxSockets: options.floodConnections });
  try {
    // The first PINGs pay for the connection and the JIT; not counted.
    await pingFor(port, keys, pingAgent, 500, options.pingEveryMs);
    const idle = await pingFor(port, keys, pingAgent, 1_000, options.pingEveryMs);
    let flooded = 0;
    let next = 0;
    const deadline = Date.now() + options.durationMs;
    const flooders = Array.from({ length: options.floodConnections }, async () => {
      while (Date.now() < deadline) {
        await post(port, keys, floodAgent, floodBody(next++));
        flooded++;
      }
    });
    const during = await pingFor(port, keys, pingAgent, options.durationMs, options.pingEveryMs);
    await Promise.all(flooders);
    return {
      ping_p50_idle_ms: round(median(idle), 2),
      ping_p99_idle_ms: round(percentile(idle, 99), 2),
      ping_p50_under_flood_ms: round(median(during), 2),
      ping_p99_under_flood_ms: round(percentile(during, 99), 2),
      flood_rps: round(flooded / (options.durationMs / 1000), 0),
    };
  } finally {
    pingAgent.destroy();
    floodAgent.destroy();
    worker.postMessage('close');
    await once(worker, 'exit');
  }
}

/** An autocomplete value as long as Discord lets one be, of names the matcher nearly knows. */
const NEAR_MISSES = Array.from({ length: ADVERSARIAL_LENGTH }, (_, i) => 'opnai azuer '[i % 12]).join('');
const FLOOD_USER_ID = 200000000000000099n;
const FIRST_ID = 700000000000000000n;

/** The flooding user's n-th request: `/ask` and autocomplete in turn, each with a fresh id. */
function floodBody(n: number): string {
  const interaction = commandInteraction('ask', [
    { name: 'question', value: '鑫'.repeat(ADVERSARIAL_LENGTH) },
  ]);
  const id = String(FIRST_ID + BigInt(n));
  const user = {
    id: String(FLOOD_USER_ID),
    username: 'flood',
    discriminator: '0',
    global_name: null,
    avatar: null,
  };
  const member = { ...interaction.member, user };
  if (n % 2 === 0) return JSON.stringify({ ...interaction, id, member });
  return JSON.stringify({
    ...interaction,
    id,
    member,
    type: 4,
    data: {
      ...interaction.data,
      name: 'cloud',
      options: [{ name: 'company', type: 3, value: NEAR_MISSES, focused: true }],
    },
  });
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
    const sent = await post(port, keys, agent, JSON.stringify({ type: 1, id: '1', token: 'ping' }));
    if (sent.status !== 200) throw new Error(`PING answered ${sent.status}`);
    samples.push(sent.ms);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return samples;
}

function post(port: number, keys: SigningKeys, agent: Agent, body: string): Promise<Sent> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/interactions',
        agent,
        headers: { 'content-type': 'application/json', ...signRequest(keys.privateKey, body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
