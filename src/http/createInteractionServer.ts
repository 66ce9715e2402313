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
import type { SeenInteractions } from '../limits/seenInteractions.js';
import type { Logger } from '../log/logger.js';
import type { MetricsEndpoint } from '../metrics/metricsEndpoint.js';
import { encodeMultipart } from './multipart.js';
import { createSignatureVerifier } from './verifySignature.js';

/** Discord's interaction payloads are a few KiB; anything past this is refused unread. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface InteractionServerOptions {
  /** Answers verified interactions; any {@link InteractionRouter}, the real one or a test stub. */
  readonly router: InteractionRouter;
  /** The application's public key from the developer portal: 64 hex characters. */
  readonly publicKey: string;
  readonly logger: Logger;
  /** Milliseconds since the epoch, like `Date.now`; the signature check's clock. */
  readonly now?: () => number;
  readonly maxBodyBytes?: number;
  /** Served as `GET /metrics` when given. */
  readonly metrics?: MetricsEndpoint;
  /** Told how long each answered interaction took, receipt to reply. */
  readonly observer?: Pick<BotObserver, 'replied'>;
  /** Refuses an interaction id already answered (by any replica, when it lives in Redis). */
  readonly seenInteractions?: SeenInteractions;
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
 *   (401), JSON checked (400), PING answered with PONG, everything else handed to the router and its
 *   reply sent as JSON, or as multipart/form-data when it carries files.
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

    const interaction = parseInteraction(read.body);
    if (interaction === undefined) {
      logger.debug('interaction refused: not an interaction object', { remote: remoteOf(req) });
      sendJson(res, 400, { error: 'body must be a JSON object with a numeric type' });
      return;
    }
    if (interaction.type === InteractionType.Ping) {
      sendJson(res, 200, { type: InteractionResponseType.Pong });
      return;
    }

    if (options.seenInteractions !== undefined && typeof interaction.id === 'string') {
      if (!(await options.seenInteractions.claim(interaction.id))) {
        logger.debug('interaction refused: already answered', { interactionId: interaction.id });
        sendJson(res, 409, { error: 'interaction already answered' });
        return;
      }
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
      sendJson(res, 200, reply.response);
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
    for (const part of multipart.parts) res.write(part);
    res.end();
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

  const server = createServer((req, res) => {
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
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
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
    const onEnd = () => settle({ kind: 'ok', body: Buffer.concat(chunks, size) });
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

/** A body is an interaction when it is a JSON object with a numeric `type`; the router checks the rest. */
function parseInteraction(body: Buffer): APIInteraction | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'number' || !Number.isFinite(type)) return undefined;
  return value as APIInteraction;
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
      id: index,
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

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}
