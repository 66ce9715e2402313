import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { InteractionReply, InteractionRouter } from '../../src/discord/interactionRouter.js';
import {
  createInteractionServer,
  type InteractionServerOptions,
} from '../../src/http/createInteractionServer.js';
import { generateSigningKeys, type SigningKeys, signRequest } from '../../src/http/signRequest.js';
import { createLogger, type Logger, silentLogger } from '../../src/log/logger.js';

export { generateSigningKeys, signRequest };

export interface HttpResult {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
  readonly text: string;
}

/** One plain HTTP/1.1 request on its own connection, so tests never share sockets. */
export function send(
  port: number,
  options: {
    readonly method?: string;
    readonly path?: string;
    readonly headers?: Record<string, string | number>;
    readonly body?: string | Uint8Array;
  } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path ?? '/interactions',
        headers: options.headers ?? {},
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    // The server may close the connection before a large upload is through; the answer still counts.
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A signed POST /interactions, as Discord would send it. */
export function sendSigned(
  port: number,
  keys: SigningKeys,
  body: string,
  timestamp?: string,
): Promise<HttpResult> {
  return send(port, {
    headers: { 'content-type': 'application/json', ...signRequest(keys.privateKey, body, timestamp) },
    body,
  });
}

export interface RunningServer {
  readonly port: number;
  readonly keys: SigningKeys;
  readonly calls: APIInteraction[];
  readonly logs: string[];
  close(): Promise<void>;
}

/** Starts an interaction server on 127.0.0.1 and a random port, with a fresh key pair. */
export async function startServer(
  router: InteractionRouter,
  options: Partial<Omit<InteractionServerOptions, 'router' | 'publicKey'>> & {
    readonly quiet?: boolean;
  } = {},
): Promise<RunningServer> {
  const keys = generateSigningKeys();
  const calls: APIInteraction[] = [];
  const logs: string[] = [];
  const logger: Logger = options.quiet
    ? silentLogger
    : createLogger({ level: 'debug', write: (line) => logs.push(line) });
  const { quiet: _quiet, ...rest } = options;
  const server = createInteractionServer({
    logger,
    ...rest,
    publicKey: keys.publicKeyHex,
    router: (interaction) => {
      calls.push(interaction);
      return router(interaction);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    keys,
    calls,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A message reply, as a stub router answers. */
export function messageReply(content: string): InteractionReply {
  const response: APIInteractionResponse = {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content, flags: MessageFlags.Ephemeral },
  };
  return { response, files: [] };
}

/** A minimal chat-input command interaction with a token, enough for a stub router. */
const FIRST_INTERACTION_ID = 100000000000000001n;
let interactionsMade = 0;

export function commandInteraction(name: string, token = 'interaction-token-secret-123'): string {
  return JSON.stringify({
    // A fresh id each time, as Discord gives: the endpoint answers a repeated id once (replays).
    id: String(FIRST_INTERACTION_ID + BigInt(interactionsMade++)),
    application_id: '300000000000000001',
    type: InteractionType.ApplicationCommand,
    token,
    version: 1,
    locale: 'en-US',
    guild_id: '400000000000000001',
    channel_id: '500000000000000001',
    member: { user: { id: '200000000000000001', username: 'asker' } },
    data: { id: '600000000000000001', name, type: 1, options: [] },
  });
}

/** A reply from POST /interactions: the JSON body, or `payload_json` and the files of a multipart reply. */
export async function readReply(
  result: HttpResult,
): Promise<{ payload: APIInteractionResponse; files: { name: string; type: string; bytes: Buffer }[] }> {
  const contentType = String(result.headers['content-type'] ?? '');
  if (!contentType.startsWith('multipart/form-data')) {
    return { payload: JSON.parse(result.text) as APIInteractionResponse, files: [] };
  }
  const form = await new Response(result.body, { headers: { 'content-type': contentType } }).formData();
  const files: { name: string; type: string; bytes: Buffer }[] = [];
  for (const [field, value] of form.entries()) {
    if (field.startsWith('files[') && typeof value !== 'string') {
      files.push({ name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
    }
  }
  return { payload: JSON.parse(String(form.get('payload_json'))) as APIInteractionResponse, files };
}
