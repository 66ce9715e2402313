import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import {
  type APIChatInputApplicationCommandInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  InteractionContextType,
  InteractionType,
  Locale,
} from 'discord-api-types/v10';
import type { InteractionRouter } from '../discord/interactionRouter.js';
import { createInteractionServer } from '../http/createInteractionServer.js';
import { generateSigningKeys, signRequest } from '../http/signRequest.js';
import type { SeenInteractions } from '../limits/seenInteractions.js';
import { silentLogger } from '../log/logger.js';
import { round } from './stats.js';

export interface HttpBenchOptions {
  /** The router behind the endpoint: the real one for figures, a stub to test the harness. */
  readonly router: InteractionRouter;
  /** The signed request body; by default `/gap price:30000`. */
  readonly interaction?: APIChatInputApplicationCommandInteraction;
  /** Requests in each timed run (the bare server's and ours). */
  readonly requests: number;
  readonly connections: number;
  /** Requests sent to our server between the two RSS readings, the timed run included. */
  readonly rssRequests?: number;
  /** Requests sent to each server before timing, to warm the JIT. */
  readonly warmupRequests?: number;
}

export interface HttpBenchResult {
  /** Requests per second through our endpoint: signature check, JSON parse, router, reply. */
  readonly http_rps: number;
  /** Requests per second from a bare node:http server answering a fixed JSON body: the ceiling. */
  readonly http_baseline_rps: number;
  /** http_rps / http_baseline_rps. */
  readonly http_ratio: number;
  /** 99th percentile latency of our endpoint, ms. */
  readonly http_p99_ms: number;
  /** Growth of this process's RSS over `rssRequests` requests to our endpoint, MiB. */
  readonly http_rss_growth_mb: number;
}

const DEFAULT_RSS_REQUESTS = 100_000;
/** GuildMemberFlags is a bit field: a member with none set. */
const NO_FLAGS: number = 0;
const ACCEPT_ALL: SeenInteractions = { claim: async () => true };
const FIXED_BODY = JSON.stringify({ type: 4, data: { content: 'ok' } });

/** A chat-input command interaction as Discord POSTs it, e.g. `/gap price:30000`. */
export function commandInteraction(
  name: string,
  options: readonly { readonly name: string; readonly value: string | number }[] = [],
): APIChatInputApplicationCommandInteraction {
  const user = {
    id: '200000000000000001',
    username: 'bench',
    discriminator: '0',
    global_name: null,
    avatar: null,
  };
  return {
    id: '100000000000000001',
    application_id: '300000000000000001',
    type: InteractionType.ApplicationCommand,
    token: 'bench-interaction-token',
    version: 1,
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 10 * 1024 * 1024,
    context: InteractionContextType.Guild,
    guild_id: '400000000000000001',
    channel_id: '500000000000000001',
    channel: { id: '500000000000000001', type: ChannelType.GuildText },
    member: {
      user,
      roles: [],
      joined_at: '2023-07-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: NO_FLAGS,
      permissions: '0',
    },
    data: {
      id: '600000000000000001',
      name,
      type: ApplicationCommandType.ChatInput,
      options: options.map((option) =>
        typeof option.value === 'number'
          ? { name: option.name, type: ApplicationCommandOptionType.Number, value: option.value }
          : { name: option.name, type: ApplicationCommandOptionType.String, value: option.value },
      ),
    },
  };
}

/**
 * Load-tests the HTTP interactions endpoint on loopback against a bare node:http server, both
 * driven by autocannon in this process with the same signed `/gap` request. Autocannon shares the
 * process (and its 2 cores) with the servers, so the ratio is the honest figure; the absolute rps
 * are this machine's. RSS is read around `rssRequests` requests to our server, after a warm-up,
 * with a GC first when node runs with --expose-gc.
 */
export async function benchHttp(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const { router, requests, connections } = options;
  const rssRequests = Math.max(options.rssRequests ?? DEFAULT_RSS_REQUESTS, requests);
  const warmupRequests = options.warmupRequests ?? Math.min(5_000, requests);

  const keys = generateSigningKeys();
  const body = JSON.stringify(
    options.interaction ?? commandInteraction('gap', [{ name: 'price', value: 30_000 }]),
  );
  const ours = createInteractionServer({
    router,
    publicKey: keys.publicKeyHex,
    logger: silentLogger,
    // Every request here is the same signed body, a replay by design: the replay check would answer
    // all but the first with 409, so it is left out (it costs one Map lookup per request).
    seen: ACCEPT_ALL,
  });
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(FIXED_BODY),
      });
      res.end(FIXED_BODY);
    });
  });

  const oursUrl = `${await listen(ours)}/interactions`;
  const bareUrl = `${await listen(bare)}/interactions`;
  try {
    // Signed afresh for each run: one signature stays valid for 5 minutes, a run is far shorter.
    const run = (url: string, amount: number) =>
      load(
        url,
        amount,
        connections,
        { 'content-type': 'application/json', ...signRequest(keys.privateKey, body) },
        body,
      );

    if (warmupRequests > 0) {
      await run(bareUrl, warmupRequests);
      await run(oursUrl, warmupRequests);
    }
    const baseline = await run(bareUrl, requests);

    collectGarbage();
    const rssBefore = process.memoryUsage().rss;
    const timed = await run(oursUrl, requests);
    for (let left = rssRequests - requests; left > 0; left -= requests) {
      await run(oursUrl, Math.min(left, requests));
    }
    collectGarbage();
    const rssAfter = process.memoryUsage().rss;

    return {
      http_rps: round(timed.rps, 0),
      http_baseline_rps: round(baseline.rps, 0),
      http_ratio: round(timed.rps / baseline.rps, 3),
      http_p99_ms: round(timed.p99, 2),
      http_rss_growth_mb: round((rssAfter - rssBefore) / 2 ** 20, 1),
    };
  } finally {
    await Promise.all([close(ours), close(bare)]);
  }
}

async function load(
  url: string,
  amount: number,
  connections: number,
  headers: Record<string, string>,
  body: string,
): Promise<{ rps: number; p99: number }> {
  // autocannon notices the end of an `amount` run only at its next sample tick (1 s by default),
  // which would round short runs up to whole seconds; a 20 ms tick keeps the timing honest.
  const result = await autocannon({ url, method: 'POST', headers, body, connections, amount, sampleInt: 20 });
  const answered = result['2xx'];
  if (result.errors > 0 || result.non2xx > 0 || answered < amount) {
    throw new Error(
      `load on ${url}: ${answered} of ${amount} answered 2xx (${result.non2xx} other statuses, ${result.errors} errors)`,
    );
  }
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
  return { rps: answered / seconds, p99: result.latency.p99 };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
    gc();
  }
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
