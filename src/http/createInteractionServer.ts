import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
  type RESTAPIAttachment,
} from 'discord-api-types/v10';
import type { BotObserver } from '../app/botObserver.js';
import type { InteractionReply, InteractionRouter, ReplyFile } from '../discord/interactionRouter.js';
import { type InteractionCheck, validateInteraction } from '../discord/validateInteraction.js';
import { createMemorySeenInteractions, type SeenInteractions } from '../limits/seenInteractions.js';
import type { Logger } from '../log/logger.js';
import type { MetricsEndpoint } from '../metrics/metricsEndpoint.js';
import { encodeMultipart } from './multipart.js';
import { createSignatureVerifier } from './verifySignature.js';

/** Discord's interaction payloads are a few KiB; anything past this is refused unread. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** How long and how many connections the endpoint holds; each bounds what a slow client can take. */
export interface ConnectionLimits {
  /** A request's headers must be in within this, from its first byte (or the connection's). */
  readonly headersTimeoutMs: number;
  /** The whole request, body included; Discord sends it at once and wants an answer in 3 s. */
  readonly requestTimeoutMs: number;
  /**
   * How often the two timeouts above are checked. Node's default is 30 s, which let slow senders
   * live 36–41 s against 10 s/15 s timeouts; at 1 s they are cut within a second of their limit.
   */
  readonly checkIntervalMs: number;
  /**
   * How long an idle keep-alive connection stays open. Longer than a load balancer's own idle
   * timeout (60 s on the common ones), so the balancer closes idle connections first and never
   * sends a request on one we are closing.
   */
  readonly keepAliveTimeoutMs: number;
  /** Open connections at most; past it new ones are closed at once, so sockets cannot exhaust file descriptors. */
  readonly maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  checkIntervalMs: 1_000,
  keepAliveTimeoutMs: 65_000,
  maxConnections: 1_000,
};

export interface InteractionServerOptions {
  /** Answers verified interactions; any {@link InteractionRouter}, the real one or a test stub. */
  readonly router: InteractionRouter;
  /** The application's public key from the developer portal: 64 hex characters. */
  readonly publicKey: string;
  readonly logger: Logger;
  /** Milliseconds since the epoch, like `Date.now`; the signature check's clock. */
  readonly now?: () => number;
  readonly maxBodyBytes?: number;
  /** Defaults to {@link DEFAULT_CONNECTION_LIMITS}; tests shorten them. */
  readonly limits?: Partial<ConnectionLimits>;
  /**
   * Which interaction ids were already answered, so a replayed request (validly signed, within the
   * 5 minutes the signature check allows) is processed once: by any replica when it lives in Redis,
   * in this process's memory by default.
   */
  readonly seen?: SeenInteractions;
  /** Served as `GET /metrics` when given. */
  readonly metrics?: MetricsEndpoint;
  /** Told how long each answered interaction took, receipt to reply. */
  readonly observer?: Pick<BotObserver, 'replied'>;
}

type BodyResult =
  | { readonly kind: 'ok'; readonly body: Buffer }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'aborted' };

const INTERACTIONS_PATH = '/interactions';
const HEALTH_PATH = '/healthz';
const METRICS_PATH = '/metrics';

/**
 * Builds (but does not start) the HTTP interactions endpoint:
 *
 * - `POST /interactions`: body read up to `maxBodyBytes` (413 past it), Ed25519 signature checked
 *   (401), JSON and the interaction's shape checked (400 with the reason), PING answered with PONG,
 *   an id already answered refused (409), everything else handed to the router and its reply sent
 *   as JSON, or as multipart/form-data when it carries files.
 * - Slow or idle connections are cut at the {@link ConnectionLimits}, and at most `maxConnections`
 *   are open.
 * - `GET /healthz`: `{"ok":true}`.
 * - `GET /metrics`: Prometheus's text format, when `metrics` is given.
 *
 * Bad client input only ever gets a 4xx; a router that throws gets a logged 500 and the server
 * goes on serving.
 *
 * @example
 * const server = createInteractionServer({ router, publicKey: env.DISCORD_PUBLIC_KEY, logger });
 * server.listen(8080);
 */
export function createInteractionServer(options: InteractionServerOptions): Server {
  const { router, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
  const seen = options.seen ?? createMemorySeenInteractions();
  const frozenJson: FrozenJson = new WeakMap();
  const verify = createSignatureVerifier(
    options.publicKey,
    options.now === undefined ? {} : { now: options.now },
  );

  async function interactions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const received = performance.now();
    const declared = declaredLength(req);
    if (declared !== undefined && declared > maxBodyBytes) {
      tooLarge(req, res, declared);
      return;
    }
    const read = await readBody(req, maxBodyBytes);
    if (read.kind === 'aborted') return;
    if (read.kind === 'too-large') {
      tooLarge(req, res, undefined);
      return;
    }

    const verdict = verify({
      signature: req.headers['x-signature-ed25519'],
      timestamp: req.headers['x-signature-timestamp'],
      body: read.body,
    });
    if (!verdict.ok) {
      logger.debug('interaction refused: signature', { reason: verdict.reason, remote: remoteOf(req) });
      sendJson(res, 401, { error: 'invalid request signature' });
      return;
    }

    const check = parseInteraction(read.body);
    if (!check.ok) {
      logger.debug('interaction refused: malformed', { reason: check.reason, remote: remoteOf(req) });
      sendJson(res, 400, { error: check.reason });
      return;
    }
    const { interaction } = check;
    if (interaction.type === InteractionType.Ping) {
      sendJson(res, 200, { type: InteractionResponseType.Pong });
      return;
    }
    if (!(await seen.claim(interaction.id))) {
      logger.warn('interaction refused: replayed', describeInteraction(interaction));
      sendJson(res, 409, { error: 'interaction already received' });
      return;
    }

    try {
      const reply = await router(interaction);
      sendReply(res, reply, interaction);
      options.observer?.replied?.({ transport: 'http', seconds: (performance.now() - received) / 1000 });
    } catch (error) {
      logger.error('interaction router failed', { ...describeInteraction(interaction), error });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  }

  function sendReply(res: ServerResponse, reply: InteractionReply, interaction: APIInteraction): void {
    if (reply.files.length === 0) {
      sendText(res, 200, responseJson(reply.response, frozenJson));
      return;
    }
    const response = withAttachments(reply.response, reply.files);
    if (response === undefined) {
      logger.warn('files dropped: this response type cannot carry attachments', {
        ...describeInteraction(interaction),
        responseType: reply.response.type,
        files: reply.files.length,
      });
      sendJson(res, 200, reply.response);
      return;
    }
    const multipart = encodeMultipart(response, reply.files);
    res.writeHead(200, { 'Content-Type': multipart.contentType, 'Content-Length': multipart.length });
    // Corked, the parts leave in one write of the socket instead of one each.
    res.cork();
    for (const part of multipart.parts) res.write(part);
    res.end();
    res.uncork();
  }

  function tooLarge(req: IncomingMessage, res: ServerResponse, declared: number | undefined): void {
    logger.debug('interaction refused: body too large', {
      remote: remoteOf(req),
      maxBodyBytes,
      ...(declared === undefined ? {} : { contentLength: declared }),
    });
    // Stop reading: the rest of the body is never pulled off the wire, and the connection is closed
    // once the answer is out, so an endless upload cannot hold the server.
    req.pause();
    res.shouldKeepAlive = false;
    sendJson(res, 413, { error: `body larger than ${maxBodyBytes} bytes` }, { Connection: 'close' });
  }

  /**
   * Answers a request whose body we do not want. A small body is read away by Node so the
   * connection can serve the next request; a large or open-ended one is left unread and the
   * connection closed after the answer.
   */
  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Readonly<Record<string, string>> = {},
  ): void {
    const declared = declaredLength(req);
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (chunked || (declared !== undefined && declared > maxBodyBytes)) {
      req.pause();
      res.shouldKeepAlive = false;
      sendJson(res, status, body, { ...headers, Connection: 'close' });
      return;
    }
    sendJson(res, status, body, headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req.url);
    if (path === INTERACTIONS_PATH) {
      if (req.method !== 'POST') {
        refuse(req, res, 405, { error: 'method not allowed' }, { Allow: 'POST' });
        return;
      }
      await interactions(req, res);
      return;
    }
    if (path === HEALTH_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        refuse(req, res, 405, { error: 'method not allowed' }, { Allow: 'GET, HEAD' });
        return;
      }
      sendJson(res, 200, { ok: true });
      return;
    }
    if (path === METRICS_PATH && options.metrics !== undefined) {
      if (req.method !== 'GET') {
        refuse(req, res, 405, { error: 'method not allowed' }, { Allow: 'GET' });
        return;
      }
      const text = await options.metrics.render();
      res.writeHead(200, {
        'Content-Type': options.metrics.contentType,
        'Content-Length': Buffer.byteLength(text),
      });
      res.end(text);
      return;
    }
    refuse(req, res, 404, { error: 'not found' });
  }

  const server = createServer({ connectionsCheckingInterval: limits.checkIntervalMs }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Only a bug of ours lands here (a reply that cannot be serialised, say); the process stays up.
      logger.error('interaction server failed on a request', {
        method: req.method,
        path: pathOf(req.url),
        error,
      });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  // Slow senders get cut off: Discord sends its whole request at once and wants an answer in 3 s.
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  // A client announcing a body too large with `Expect: 100-continue` is refused before it sends it.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const declared = declaredLength(req);
    if (pathOf(req.url) === INTERACTIONS_PATH && declared !== undefined && declared > maxBodyBytes) {
      res.shouldKeepAlive = false;
      sendJson(res, 413, { error: `body larger than ${maxBodyBytes} bytes` }, { Connection: 'close' });
      return;
    }
    res.writeContinue();
    server.emit('request', req, res);
  });
  return server;
}

/**
 * Reads the whole body, giving up as soon as it passes `limit` bytes. The chunks read so far are
 * dropped and the stream is left paused.
 */
function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      req.off('error', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        settle({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    // Discord's small bodies arrive in one chunk: that chunk is the body, uncopied.
    const onEnd = () => {
      const [only] = chunks;
      settle({
        kind: 'ok',
        body: only !== undefined && chunks.length === 1 ? only : Buffer.concat(chunks, size),
      });
    };
    const onClose = () => settle({ kind: 'aborted' });
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onClose);
    req.once('error', onClose);
  });
}

/** The Content-Length the client announced, when it is a plain number. */
function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers['content-length'];
  if (header === undefined || !/^\d+$/.test(header)) return undefined;
  return Number(header);
}

/** The body as a checked interaction, or why it is not one (for the 400). */
function parseInteraction(body: Buffer): InteractionCheck {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  return validateInteraction(value);
}

/**
 * Lists the files in the message's `attachments` (`id` n for `files[n]`), keeping any alt text the
 * router set for them and any existing attachments it asked to keep. `undefined` when the response
 * type carries no message.
 */
function withAttachments(
  response: APIInteractionResponse,
  files: readonly ReplyFile[],
): APIInteractionResponse | undefined {
  if (
    response.type !== InteractionResponseType.ChannelMessageWithSource &&
    response.type !== InteractionResponseType.UpdateMessage
  ) {
    return undefined;
  }
  const data = response.data ?? {};
  const given: readonly RESTAPIAttachment[] = data.attachments ?? [];
  const isNew = (id: RESTAPIAttachment['id']) => files.some((_, index) => String(index) === String(id));
  const attachments: RESTAPIAttachment[] = [
    ...given.filter((attachment) => !isNew(attachment.id)),
    ...files.map((file, index) => ({
      ...given.find((attachment) => String(attachment.id) === String(index)),
      id: String(index),
      filename: file.name,
    })),
  ];
  return { ...response, data: { ...data, attachments } };
}

/** What a log line may say about an interaction: ids and names, never its token. */
function describeInteraction(interaction: APIInteraction): Record<string, unknown> {
  const raw = interaction as unknown as Record<string, unknown>;
  const data = raw.data as Record<string, unknown> | undefined;
  const member = raw.member as { user?: { id?: unknown } } | undefined;
  const user = raw.user as { id?: unknown } | undefined;
  return {
    interactionId: stringOrUndefined(raw.id),
    interactionType: interaction.type,
    command: stringOrUndefined(data?.name),
    customId: stringOrUndefined(data?.custom_id),
    guildId: stringOrUndefined(raw.guild_id),
    userId: stringOrUndefined(member?.user?.id ?? user?.id),
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, 100) : undefined;
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

function remoteOf(req: IncomingMessage): string | undefined {
  return req.socket.remoteAddress;
}

type FrozenJson = WeakMap<object, { readonly type: number; readonly json: string }>;

/**
 * A response as JSON. The JSON of a response whose message is frozen (the router's cached replies,
 * sent again and again) is kept in `known` while the message lives: one serialisation per cached
 * reply rather than one per request.
 */
function responseJson(response: APIInteractionResponse, known: FrozenJson): string {
  const data = 'data' in response ? response.data : undefined;
  if (typeof data !== 'object' || data === null || !Object.isFrozen(data)) return JSON.stringify(response);
  const kept = known.get(data);
  if (kept !== undefined && kept.type === response.type) return kept.json;
  const json = JSON.stringify(response);
  known.set(data, { type: response.type, json });
  return json;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendText(res, status, JSON.stringify(body), headers);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  // Kept a string: Node joins the headers and a string body into one socket write and encodes it
  // straight into that write. A Buffer would be one more copy and a two-part writev.
  res.end(text);
}
