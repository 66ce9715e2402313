import { verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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
import { parsePublicKey } from '../http/verifySignature.js';
import type { SeenInteractions } from '../limits/seenInteractions.js';
import { silentLogger } from '../log/logger.js';
import { median, round } from './stats.js';

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
  /**
   * Timed runs of each server, taken in turn (bare, verifying, ours) so that all three see the same
   * load on a shared machine; rates are medians, ratios medians of each round's ratio. Default 1.
   */
  readonly rounds?: number;
}

export interface HttpBenchResult {
  /** Requests per second through our endpoint: signature check, JSON parse, router, reply. */
  readonly http_rps: number;
  /** Requests per second from a bare node:http server answering a fixed JSON body: the ceiling. */
  readonly http_baseline_rps: number;
  /** http_rps / http_baseline_rps. */
  readonly http_ratio: number;
  /**
   * Requests per second from a bare node:http server doing the work Discord requires of any
   * endpoint: read the body, verify its Ed25519 signature (a KeyObject made once), parse the JSON.
   */
  readonly http_fair_baseline_rps: number;
  /** http_rps / http_fair_baseline_rps: what our router, engine and reply cost beyond that floor. */
  readonly http_ratio_fair: number;
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
 * Load-tests the HTTP interactions endpoint on loopback against two bare node:http servers (one
 * answering unread, one verifying and parsing as any Discord endpoint must), all driven by
 * autocannon in this process with the same signed request. Autocannon shares the process (and its
 * cores) with the servers, so the ratios are the honest figures; the absolute rps are this
 * machine's. RSS is read around `rssRequests` requests to the servers, after a warm-up, with a GC
 * first when node runs with --expose-gc.
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
    req.on('end', () => sendFixed(res));
  });
  const verifying = createVerifyingServer(keys.publicKeyHex);

  const oursUrl = `${await listen(ours)}/interactions`;
  const bareUrl = `${await listen(bare)}/interactions`;
  const verifyingUrl = `${await listen(verifying)}/interactions`;
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
      await run(verifyingUrl, warmupRequests);
      await run(oursUrl, warmupRequests);
    }
    const rounds: { bare: number; fair: number; ours: number; p99: number }[] = [];
    collectGarbage();
    const rssBefore = process.memoryUsage().rss;
    let sent = 0;
    for (let i = 0; i < (options.rounds ?? 1); i++) {
      const bareRun = await run(bareUrl, requests);
      const fairRun = await run(verifyingUrl, requests);
      const oursRun = await run(oursUrl, requests);
      sent += requests;
      rounds.push({ bare: bareRun.rps, fair: fairRun.rps, ours: oursRun.rps, p99: oursRun.p99 });
    }
    for (; sent < rssRequests; sent += requests) await run(oursUrl, Math.min(rssRequests - sent, requests));
    collectGarbage();
    const rssAfter = process.memoryUsage().rss;

    const middle = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick));
    return {
      http_rps: round(
        middle((r) => r.ours),
        0,
      ),
      http_baseline_rps: round(
        middle((r) => r.bare),
        0,
      ),
      http_ratio: round(
        middle((r) => r.ours / r.bare),
        3,
      ),
      http_fair_baseline_rps: round(
        middle((r) => r.fair),
        0,
      ),
      http_ratio_fair: round(
        middle((r) => r.ours / r.fair),
        3,
      ),
      http_p99_ms: round(
        middle((r) => r.p99),
        2,
      ),
      http_rss_growth_mb: round((rssAfter - rssBefore) / 2 ** 20, 1),
    };
  } finally {
    await Promise.all([close(ours), close(bare), close(verifying)]);
  }
}

function sendFixed(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(FIXED_BODY) });
  res.end(FIXED_BODY);
}

/**
 * The floor for any Discord endpoint in Node: body read, Ed25519 checked over timestamp + body with
 * a key parsed once (the fastest check measured), JSON parsed, a fixed reply. 401 on a bad signature,
 * so a bench that signed wrongly fails instead of measuring refusals.
 */
function createVerifyingServer(publicKeyHex: string): Server {
  const key = parsePublicKey(publicKeyHex);
  if (key === undefined) throw new TypeError('bench: generated an invalid public key');
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const timestamp = String(req.headers['x-signature-timestamp'] ?? '');
      const signature = Buffer.from(String(req.headers['x-signature-ed25519'] ?? ''), 'hex');
      const signed = verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, signature);
      const parsed: unknown = signed ? JSON.parse(body.toString('utf8')) : undefined;
      if (typeof parsed !== 'object' || parsed === null) {
        res.writeHead(401).end();
        return;
      }
      sendFixed(res);
    });
  });
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
