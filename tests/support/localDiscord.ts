/**
 * A small local Discord (REST + gateway on one 127.0.0.1 port) for end-to-end tests of a discord.js 14 bot.
 *
 *   const discord = await startLocalDiscord();
 *   const client = new Client({ intents, partials, rest: { api: discord.apiUrl } });
 *   await client.login('any-token');                      // GET /gateway/bot → ws → IDENTIFY → READY
 *   const cb = await discord.interact(discord.interactionCreate.chatInput({ name: 'ask', options: { q: 'hi' } }));
 *   cb.body.data.content;                                // what the bot replied
 *   await client.destroy(); await discord.close();
 *
 * See tests/support/README.md for behaviour details (validation, intents, faults, reconnects).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIChannel, APIMessage, APIUser } from 'discord-api-types/v10';
import type { GuildFixture, GuildInput, UserInput } from './fixtures.js';
import {
  type ConnectionRecord,
  type DispatchResult,
  type IdentifyRecord,
  LocalGateway,
  type ReceivedPayload,
  type ResumeRecord,
} from './gateway.js';
import {
  createPayloadBuilders,
  type InteractionPayload,
  type MessageCreateInput,
  type MessageCreatePayload,
  type PayloadBuilders,
} from './payloads.js';
import { type FailOptions, LocalRest, type RecordedRequest, type RequestPredicate } from './rest.js';
import { World } from './world.js';

export type { GuildFixture, GuildInput, UserInput } from './fixtures.js';
export type {
  ConnectionRecord,
  DispatchResult,
  IdentifyRecord,
  ReceivedPayload,
  ResumeRecord,
  SessionReadyEvent,
} from './gateway.js';
export { fixedId, shardIdForGuild, snowflake } from './ids.js';
export type {
  AutocompleteInput,
  ChatInputInput,
  ComponentInput,
  InteractionPayload,
  MessageContextInput,
  MessageCreateInput,
  MessageCreatePayload,
  StringSelectInput,
} from './payloads.js';
export type { FailOptions, Json, RecordedFile, RecordedRequest, RequestPredicate } from './rest.js';

export interface LocalDiscordOptions {
  /** `shards` recommended by GET /gateway/bot (used when the client's `shards` is 'auto'). Default 1. */
  shardCount?: number;
  botUser?: UserInput;
  /** The default human user fixtures come from. */
  user?: UserInput;
  /** Guilds the bot is in. Default: one guild with text channels `general` and `random`; `[]` for none. */
  guilds?: GuildInput[];
  /** When set, other bot tokens get 401 on REST and close 4004 on the gateway. Default: any token works. */
  token?: string;
  /** HELLO heartbeat_interval. Default 41250 (Discord's). */
  heartbeatIntervalMs?: number;
  /** Filter events by the session's intents and blank content without MESSAGE_CONTENT. Default true. */
  enforceIntents?: boolean;
  /** Privileged intents the app is allowed (bitmask; others close 4014). Default: all three. */
  allowedPrivilegedIntents?: number;
  /** Send MESSAGE_CREATE on the gateway for messages the bot creates via REST (as Discord does). Default false. */
  echoBotMessages?: boolean;
  /** Interaction acknowledge deadline in ms (Discord: 3000). `0` disables. Default 3000. */
  interactionAckDeadlineMs?: number;
}

/** An IIdentifyThrottler that never waits: pass `ws: { buildIdentifyThrottler: () => instantIdentifyThrottler }`
 * to a Client so re-IDENTIFY after a non-resumable disconnect is immediate (discord.js otherwise waits 5–6.5 s). */
export const instantIdentifyThrottler = {
  async waitForIdentify(): Promise<void> {},
};

export class LocalDiscord {
  readonly world: World;
  readonly rest: LocalRest;
  readonly gateway: LocalGateway;
  /** Payload builders bound to this server's bot, guilds and users. */
  readonly interactionCreate: PayloadBuilders['interactionCreate'];
  private readonly builders: PayloadBuilders;
  private readonly server: Server;
  private port = 0;
  private closed = false;

  constructor(options: LocalDiscordOptions = {}) {
    this.world = new World({
      ...(options.botUser && { botUser: options.botUser }),
      ...(options.user && { user: options.user }),
      ...(options.guilds && { guilds: options.guilds }),
      ...(options.interactionAckDeadlineMs !== undefined && {
        interactionAckDeadlineMs: options.interactionAckDeadlineMs,
      }),
    });
    const shardCount = options.shardCount ?? 1;
    this.gateway = new LocalGateway(this.world, {
      shardCount,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      token: options.token,
      enforceIntents: options.enforceIntents ?? true,
      allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? (1 << 1) | (1 << 8) | (1 << 15),
      resumeUrl: () => `${this.wsBase}/resume`,
    });
    this.rest = new LocalRest(this.world, {
      shardCount,
      token: options.token,
      gatewayUrl: () => this.gatewayUrl,
      ...(options.echoBotMessages && {
        onBotMessage: (message: APIMessage, guildId: string | undefined) => {
          const payload = guildId ? { ...message, guild_id: guildId } : message;
          try {
            this.gateway.dispatch('MESSAGE_CREATE', payload);
          } catch {
            /* no session for that shard: nothing to echo to */
          }
        },
      }),
    });
    this.builders = createPayloadBuilders(this.world);
    this.interactionCreate = this.builders.interactionCreate;
    this.server = createServer((req, res) => {
      void this.rest.handle(req, res);
    });
    this.server.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
  }

  /** @internal use startLocalDiscord() */
  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.world.baseUrl = `http://127.0.0.1:${this.port}`;
    return this;
  }

  // -------------------------------------------------------------------------------------------------------
  // Addresses and world

  /** Pass as `new Client({ rest: { api: discord.apiUrl } })`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** What GET /gateway/bot answers (discord.js appends `?v=10&encoding=json`). */
  get gatewayUrl(): string {
    return `${this.wsBase}/gateway`;
  }

  private get wsBase(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get botUser(): APIUser {
    return this.world.botUser;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  get defaultUser(): APIUser {
    return this.world.defaultUser;
  }

  get guilds(): GuildFixture[] {
    return this.world.guilds;
  }

  get defaultGuild(): GuildFixture | undefined {
    return this.world.defaultGuild;
  }

  get defaultChannel(): APIChannel | undefined {
    return this.world.defaultChannel;
  }

  // -------------------------------------------------------------------------------------------------------
  // REST

  /** Every REST request received, in order. */
  get requests(): readonly RecordedRequest[] {
    return this.rest.requests;
  }

  /** First recorded request (past or future) matching `predicate`. */
  waitForRequest(predicate: RequestPredicate, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.rest.waitForRequest(predicate, timeoutMs);
  }

  /** Answers the next matching request(s) with `status` (500, 429 + retry_after, …) instead of handling it. */
  failNext(predicate: RequestPredicate, status: number, body?: unknown, options?: FailOptions): void {
    this.rest.failNext(predicate, status, body, options);
  }

  // -------------------------------------------------------------------------------------------------------
  // Gateway

  get identifies(): readonly IdentifyRecord[] {
    return this.gateway.identifies;
  }

  get resumes(): readonly ResumeRecord[] {
    return this.gateway.resumes;
  }

  get connections(): readonly ConnectionRecord[] {
    return this.gateway.connections;
  }

  /** Payloads clients sent on the gateway (heartbeats, identify, presence updates, …). */
  get received(): readonly ReceivedPayload[] {
    return this.gateway.received;
  }

  dispatch(event: string, data: unknown, shardId?: number): DispatchResult {
    return this.gateway.dispatch(event, data, shardId);
  }

  closeSockets(code?: number, options?: { shardId?: number; abrupt?: boolean }): Promise<void> {
    return this.gateway.closeSockets(code, options);
  }

  sendInvalidSession(resumable: boolean, shardId?: number): void {
    this.gateway.sendInvalidSession(resumable, shardId);
  }

  sendReconnect(shardId?: number): void {
    this.gateway.sendReconnect(shardId);
  }

  waitForShardReady(shardId = 0, timeoutMs = 5000): Promise<void> {
    return this.gateway.waitForShardReady(shardId, timeoutMs);
  }

  // -------------------------------------------------------------------------------------------------------
  // Payloads and conveniences

  /** Builds a MESSAGE_CREATE payload (does not send it; see `sendMessage`). */
  messageCreate(input: MessageCreateInput): MessageCreatePayload {
    return this.builders.messageCreate(input);
  }

  /** Builds and dispatches a MESSAGE_CREATE; returns the payload. Throws if intents filtered it out. */
  sendMessage(input: MessageCreateInput): MessageCreatePayload {
    const payload = this.messageCreate(input);
    const result = this.dispatch('MESSAGE_CREATE', payload);
    if (!result.delivered) throw new Error(`MESSAGE_CREATE not delivered: ${result.reason}`);
    return payload;
  }

  /** Predicate for the interaction callback of `interaction`. */
  isCallbackOf(interaction: { id: string; token: string }): RequestPredicate {
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    return (r) => r.method === 'POST' && r.path === path;
  }

  /** Predicate for the bot's reply to `message`: a channel message whose `message_reference` names it. */
  isReplyTo(message: { id: string; channel_id: string }): RequestPredicate {
    const path = `/channels/${message.channel_id}/messages`;
    return (r) =>
      r.method === 'POST' &&
      r.path === path &&
      (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference
        ?.message_id === message.id;
  }

  /**
   * Dispatches INTERACTION_CREATE and resolves with the first successful (2xx) callback request for it.
   * On timeout the error lists the callback attempts that did arrive.
   */
  async interact(payload: InteractionPayload, timeoutMs = 5000): Promise<RecordedRequest> {
    const isCallback = this.isCallbackOf(payload);
    const waiting = this.waitForRequest((r) => isCallback(r) && r.status < 300, timeoutMs);
    this.dispatch('INTERACTION_CREATE', payload);
    try {
      return await waiting;
    } catch (error) {
      const attempts = this.requests
        .filter(isCallback)
        .map((r) => `${r.status} ${JSON.stringify(r.responseBody)}`);
      throw new Error(
        `interact(${String(payload.data?.name ?? payload.data?.custom_id ?? payload.id)}): no successful callback within ${timeoutMs} ms` +
          (attempts.length ? `; attempts: ${attempts.join(' | ')}` : '; the bot never called back') +
          `\n${(error as Error).message}`,
      );
    }
  }

  /**
   * The interaction's response message once it is final: the callback message (type 4/7), or the first
   * edit of a deferred response. Resolves with the stored message (REST shape).
   */
  async waitForOriginalResponse(interaction: { id: string }, timeoutMs = 5000): Promise<APIMessage> {
    const done = () => {
      const state = this.world.interactions.get(interaction.id);
      if (!state?.originalMessageId || state.loading) return undefined;
      return this.world.messages.get(state.originalMessageId);
    };
    const now = done();
    if (now) return now;
    await this.waitForRequest(() => done() !== undefined, timeoutMs);
    return done() as APIMessage;
  }

  /** Stops the server: drops gateway sockets and keep-alive HTTP connections. Destroy clients first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.rest.close();
    await this.gateway.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** Starts a local Discord on a random free 127.0.0.1 port. */
export function startLocalDiscord(options: LocalDiscordOptions = {}): Promise<LocalDiscord> {
  return new LocalDiscord(options).listen();
}
