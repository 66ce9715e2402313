/**
 * The REST half of the local Discord server: records every request (JSON and multipart bodies parsed),
 * answers the routes a discord.js bot uses, validates bodies the way Discord does, and can inject one-off
 * failures (500, 429 with retry_after).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type APIApplicationCommand,
  type APIAttachment,
  type APIMessage,
  ApplicationCommandType,
  ChannelType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import { specErrors } from './discordSpec.js';
import { messagePayload, userPayload } from './fixtures.js';
import { snowflake } from './ids.js';
import {
  type ApiErrorBody,
  type FieldError,
  invalidFormBody,
  isEmptyMessage,
  validateAutocompleteData,
  validateCommand,
  validateCommandList,
  validateMessageBody,
} from './validate.js';
import type { InteractionState, World } from './world.js';

/** Parsed JSON as tests like to poke at it. */
// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are arbitrary JSON that tests inspect freely
export type Json = any;

export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface RecordedRequest {
  /** 0-based position in `requests`. */
  seq: number;
  at: number;
  method: string;
  /** Route path without the `/api/v10` prefix, percent-decoded, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** The URL as received, e.g. `/api/v10/channels/123/messages?x=1`. */
  url: string;
  apiVersion: number | undefined;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** The JSON body; for multipart requests the parsed `payload_json`. `undefined` when there is none. */
  body: Json;
  multipart: boolean;
  /** Uploaded files of a multipart request. */
  files: RecordedFile[];
  /** Non-file fields of a multipart request (raw strings, including `payload_json`). */
  formFields: Record<string, string>;
  rawBody: Buffer;
  /** Status the server answered with. */
  status: number;
  responseBody: Json;
  /** True when a `failNext` rule produced the response. */
  injected: boolean;
}

export type RequestPredicate = (request: RecordedRequest) => boolean;

export interface FailOptions {
  /** Seconds to ask the client to wait on 429 (header `Retry-After` and body `retry_after`). Default 0.05. */
  retryAfter?: number;
  /** Mark a 429 as global (`X-RateLimit-Global`). */
  global?: boolean;
  /** How many matching requests to fail. Default 1. */
  times?: number;
}

export interface RestOptions {
  shardCount: number;
  /** When set, requests with another bot token get 401. */
  token?: string | undefined;
  gatewayUrl: () => string;
  /** Called for every message the bot creates in a channel (not ephemeral ones). */
  onBotMessage?: (message: APIMessage, guildId: string | undefined) => void;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface FaultRule {
  predicate: RequestPredicate;
  status: number;
  body: unknown;
  options: FailOptions;
  remaining: number;
}

interface Waiter {
  predicate: RequestPredicate;
  resolve: (request: RecordedRequest) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

type Params = Record<string, string>;
type Handler = (req: RecordedRequest, params: Params) => Reply;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  auth: boolean;
  handler: Handler;
}

const error = (status: number, code: number, message: string): Reply => ({ status, body: { message, code } });
const formError = (errors: FieldError[]): Reply => ({ status: 400, body: invalidFormBody(errors) });
const ok = (body: unknown): Reply => ({ status: 200, body });
const noContent: Reply = { status: 204 };

const UNKNOWN_CHANNEL = () => error(404, 10003, 'Unknown Channel');
const UNKNOWN_MESSAGE = () => error(404, 10008, 'Unknown Message');
const UNKNOWN_WEBHOOK = () => error(404, 10015, 'Unknown Webhook');
const UNKNOWN_INTERACTION = () => error(404, 10062, 'Unknown interaction');
const EMPTY_MESSAGE = () => error(400, 50006, 'Cannot send an empty message');

/** Flags a bot may set on a message it sends. */
const SENDABLE_FLAGS =
  MessageFlags.SuppressEmbeds |
  MessageFlags.Ephemeral |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsComponentsV2;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});

/** Percent-decodes each path segment (discord.js encodes `@original`, emojis, …). */
function safeDecode(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

export class LocalRest {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: FaultRule[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly routes: Route[] = [];

  constructor(
    private readonly world: World,
    private readonly options: RestOptions,
  ) {
    this.defineRoutes();
    // zod builds the description's schemas on first use (~20 ms); done here, not inside the first
    // interaction's 3-second deadline.
    for (const type of [1, 4, 7, 8]) specErrors('POST', '/interactions/0/t/callback', { type });
    specErrors('POST', '/channels/0/messages', {});
  }

  // -------------------------------------------------------------------------------------------------------
  // Test-facing API

  /** Answers the next `times` (default 1) requests matching `predicate` with `status` instead of handling them. */
  failNext(predicate: RequestPredicate, status: number, body?: unknown, options: FailOptions = {}): void {
    this.faults.push({ predicate, status, body, options, remaining: options.times ?? 1 });
  }

  /** Resolves with the first recorded request (past or future) matching `predicate`. */
  waitForRequest(predicate: RequestPredicate, timeoutMs = 5000): Promise<RecordedRequest> {
    const existing = this.requests.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const recent = this.requests
            .slice(-10)
            .map((r) => `  ${r.method} ${r.path} → ${r.status}`)
            .join('\n');
          reject(
            new Error(
              `waitForRequest: no matching request within ${timeoutMs} ms. Last requests:\n${recent || '  (none)'}`,
            ),
          );
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  close(): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('local Discord server closed'));
    }
    this.waiters.clear();
  }

  // -------------------------------------------------------------------------------------------------------
  // HTTP plumbing

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    if (req.method === 'GET' && url.pathname.startsWith('/attachments/')) {
      this.serveAttachment(url.pathname, res);
      return;
    }

    const match = /^\/api(?:\/v(\d+))?(\/.*)?$/.exec(url.pathname);
    const path = safeDecode(match ? (match[2] ?? '/') : url.pathname);
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const record: RecordedRequest = {
      seq: this.requests.length,
      at: Date.now(),
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      url: req.url ?? '/',
      apiVersion: match?.[1] ? Number(match[1]) : undefined,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: undefined,
      multipart: false,
      files: [],
      formFields: {},
      rawBody,
      status: 0,
      responseBody: undefined,
      injected: false,
    };

    let reply: Reply;
    try {
      const parseError = await this.parseBody(record);
      reply =
        parseError ??
        this.fault(record) ??
        (match ? (this.specCheck(record) ?? this.route(record)) : error(404, 0, '404: Not Found'));
    } catch (err) {
      reply = {
        status: 500,
        body: { message: `local Discord server error: ${(err as Error).message}`, code: 0 },
      };
    }

    record.status = reply.status;
    record.responseBody = reply.body;
    this.requests.push(record);
    for (const waiter of this.waiters) {
      if (waiter.predicate(record)) {
        clearTimeout(waiter.timer);
        this.waiters.delete(waiter);
        waiter.resolve(record);
      }
    }

    const responseHeaders: Record<string, string> = { ...reply.headers };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, responseHeaders).end();
    } else {
      responseHeaders['content-type'] = 'application/json';
      res.writeHead(reply.status, responseHeaders).end(JSON.stringify(reply.body));
    }
  }

  private async parseBody(record: RecordedRequest): Promise<Reply | undefined> {
    if (record.rawBody.length === 0) return undefined;
    const contentType = record.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      record.multipart = true;
      const form = await new Response(record.rawBody, {
        headers: { 'content-type': contentType },
      }).formData();
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          record.formFields[field] = value;
        } else {
          record.files.push({
            field,
            name: value.name,
            contentType: value.type || 'application/octet-stream',
            bytes: Buffer.from(await value.arrayBuffer()),
          });
        }
      }
      const payload = record.formFields.payload_json;
      if (payload !== undefined) {
        try {
          record.body = JSON.parse(payload);
        } catch {
          return error(400, 50109, 'The request body contains invalid JSON.');
        }
      }
      return undefined;
    }
    const text = record.rawBody.toString('utf8');
    if (contentType.startsWith('application/json')) {
      try {
        record.body = JSON.parse(text);
      } catch {
        return error(400, 50109, 'The request body contains invalid JSON.');
      }
    } else {
      record.body = text;
    }
    return undefined;
  }

  private fault(record: RecordedRequest): Reply | undefined {
    const rule = this.faults.find((f) => f.remaining > 0 && f.predicate(record));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining === 0) this.faults.splice(this.faults.indexOf(rule), 1);
    record.injected = true;
    if (rule.status !== 429) {
      return {
        status: rule.status,
        body: rule.body ?? { message: `${rule.status}: Injected failure`, code: 0 },
      };
    }
    const retryAfter = rule.options.retryAfter ?? 0.05;
    const global = rule.options.global ?? false;
    const headers: Record<string, string> = {
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '1',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String((Date.now() + retryAfter * 1000) / 1000),
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'localdiscordbucket',
      'x-ratelimit-scope': global ? 'global' : 'user',
    };
    if (global) headers['x-ratelimit-global'] = 'true';
    return {
      status: 429,
      headers,
      body: rule.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global },
    };
  }

  /** Refuses a body that departs from Discord's API description, as Discord does (400 50035). */
  private specCheck(record: RecordedRequest): Reply | undefined {
    const errors = specErrors(record.method, record.path, record.body);
    return errors.length > 0 ? formError(errors) : undefined;
  }

  private route(record: RecordedRequest): Reply {
    let methodMismatch = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(record.path);
      if (!m) continue;
      if (route.method !== record.method) {
        methodMismatch = true;
        continue;
      }
      if (route.auth) {
        const auth = record.headers.authorization ?? '';
        if (
          !auth.startsWith('Bot ') ||
          (this.options.token !== undefined && auth !== `Bot ${this.options.token}`)
        ) {
          return error(401, 0, '401: Unauthorized');
        }
      }
      const params: Params = {};
      route.keys.forEach((key, i) => {
        params[key] = m[i + 1] ?? '';
      });
      return route.handler(record, params);
    }
    return methodMismatch ? error(405, 0, '405: Method Not Allowed') : error(404, 0, '404: Not Found');
  }

  private on(method: string, path: string, handler: Handler, auth = true): void {
    const keys: string[] = [];
    const source = path
      .split('/')
      .map((part) => {
        if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        keys.push(part.slice(1));
        return '([^/]+)';
      })
      .join('/');
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, auth, handler });
  }

  private serveAttachment(pathname: string, res: ServerResponse): void {
    const id = pathname.split('/')[3] ?? '';
    const attachment = this.world.attachments.get(id);
    if (!attachment) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': attachment.contentType }).end(attachment.bytes);
  }

  // -------------------------------------------------------------------------------------------------------
  // Messages

  private attachmentsFor(
    channelId: string,
    body: Obj,
    files: RecordedFile[],
    existing: APIAttachment[],
  ): APIAttachment[] {
    const byId = new Map<string, RecordedFile>();
    files.forEach((file, i) => {
      byId.set(/^files\[(\d+)\]$/.exec(file.field)?.[1] ?? String(i), file);
    });
    const store = (file: RecordedFile, meta: Obj = {}) =>
      this.world.storeAttachment(channelId, file, {
        ...(typeof meta.filename === 'string' && { filename: meta.filename }),
        ...(typeof meta.description === 'string' && { description: meta.description }),
      });
    if (!Array.isArray(body.attachments)) return [...existing, ...files.map((f) => store(f))];
    const result: APIAttachment[] = [];
    for (const raw of body.attachments) {
      const meta = obj(raw);
      const id = String(meta.id);
      const file = byId.get(id);
      if (file) {
        result.push(store(file, meta));
        byId.delete(id);
      } else {
        const kept = existing.find((a) => a.id === id);
        if (kept) result.push(kept);
      }
    }
    for (const file of byId.values()) result.push(store(file));
    return result;
  }

  private createMessage(
    channelId: string,
    record: RecordedRequest,
    extra: { type?: MessageType; flags?: number; interaction?: InteractionState; fromWebhook?: boolean } = {},
  ): APIMessage {
    const body = obj(record.body);
    const reference = body.message_reference ? obj(body.message_reference) : undefined;
    const referencedId = reference?.message_id ? String(reference.message_id) : undefined;
    const message = messagePayload({
      channelId,
      author: this.world.botUser,
      content: typeof body.content === 'string' ? body.content : '',
      flags: extra.flags ?? (typeof body.flags === 'number' ? body.flags & SENDABLE_FLAGS : 0),
      embeds: (body.embeds as APIMessage['embeds']) ?? [],
      components: (body.components as APIMessage['components']) ?? [],
      attachments: this.attachmentsFor(channelId, body, record.files, []),
      tts: body.tts === true,
      ...(extra.type !== undefined && { type: extra.type }),
      ...(extra.fromWebhook && {
        webhookId: this.world.applicationId,
        applicationId: this.world.applicationId,
      }),
      ...(referencedId && {
        reference: { message_id: referencedId, channel_id: String(reference?.channel_id ?? channelId) },
        referencedMessage: this.world.messages.get(referencedId) ?? null,
      }),
    });
    if (extra.interaction) {
      const i = extra.interaction;
      const user = obj(i.payload.user ?? obj(i.payload.member).user);
      message.interaction_metadata = {
        id: i.id,
        type: i.type,
        user,
        authorizing_integration_owners: i.payload.authorizing_integration_owners ?? {},
      } as unknown as NonNullable<APIMessage['interaction_metadata']>;
    }
    this.world.messages.set(message.id, message);
    if (!(message.flags && message.flags & MessageFlags.Ephemeral)) {
      this.options.onBotMessage?.(message, this.world.guildIdOfChannel(channelId));
    }
    return message;
  }

  private editMessage(message: APIMessage, record: RecordedRequest): APIMessage {
    const body = obj(record.body);
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) message.embeds = (body.embeds as APIMessage['embeds']) ?? [];
    if ('components' in body) message.components = (body.components as APIMessage['components']) ?? [];
    if (typeof body.flags === 'number') {
      message.flags = ((message.flags ?? 0) & ~SENDABLE_FLAGS) | (body.flags & SENDABLE_FLAGS);
    }
    if ('attachments' in body || record.files.length > 0) {
      message.attachments = this.attachmentsFor(message.channel_id, body, record.files, message.attachments);
    }
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  /** Validation shared by every "send a message" route. */
  private checkNewMessage(
    record: RecordedRequest,
    body: unknown,
    prefix: FieldError['path'] = [],
  ): Reply | undefined {
    const errors = validateMessageBody(body, prefix);
    if (errors.length > 0) return formError(errors);
    if (isEmptyMessage(body, record.files.length)) return EMPTY_MESSAGE();
    return undefined;
  }

  // -------------------------------------------------------------------------------------------------------
  // Interactions and their webhooks

  private interactionCallback(record: RecordedRequest, { id = '', token = '' }: Params): Reply {
    const state = this.world.interactions.get(id);
    if (!state || state.token !== token) return UNKNOWN_INTERACTION();
    if (Date.now() - state.dispatchedAt > this.world.ackDeadlineMs) return UNKNOWN_INTERACTION();
    if (state.acknowledged) return error(400, 40060, 'Interaction has already been acknowledged.');

    const body = obj(record.body);
    const type = body.type as InteractionResponseType;
    const data = obj(body.data);
    const allowed: Record<number, InteractionResponseType[]> = {
      [InteractionType.ApplicationCommand]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.Modal,
        InteractionResponseType.LaunchActivity,
      ],
      [InteractionType.MessageComponent]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.DeferredMessageUpdate,
        InteractionResponseType.UpdateMessage,
        InteractionResponseType.Modal,
      ],
      [InteractionType.ApplicationCommandAutocomplete]: [
        InteractionResponseType.ApplicationCommandAutocompleteResult,
      ],
      [InteractionType.ModalSubmit]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.DeferredMessageUpdate,
        InteractionResponseType.UpdateMessage,
      ],
    };
    if (!allowed[state.type]?.includes(type)) {
      return formError([
        {
          path: ['type'],
          code: 'INTERACTION_RESPONSE_TYPE_INVALID',
          message: `Response type ${String(type)} is not valid for this interaction`,
        },
      ]);
    }

    const channelId = state.channelId ?? '';
    let message: APIMessage | undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const problem = this.checkNewMessage(record, data, ['data']);
        if (problem) return problem;
        const commandType =
          state.commandType === ApplicationCommandType.ChatInput
            ? MessageType.ChatInputCommand
            : state.commandType !== undefined
              ? MessageType.ContextMenuCommand
              : MessageType.Default;
        message = this.createMessage(
          channelId,
          { ...record, body: data },
          { type: commandType, interaction: state, fromWebhook: true },
        );
        state.originalMessageId = message.id;
        state.ephemeral = Boolean((message.flags ?? 0) & MessageFlags.Ephemeral);
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const ephemeral = typeof data.flags === 'number' ? data.flags & MessageFlags.Ephemeral : 0;
        message = messagePayload({
          channelId,
          author: this.world.botUser,
          flags: ephemeral | MessageFlags.Loading,
          type:
            state.commandType === ApplicationCommandType.ChatInput
              ? MessageType.ChatInputCommand
              : MessageType.Default,
          webhookId: this.world.applicationId,
          applicationId: this.world.applicationId,
        });
        this.world.messages.set(message.id, message);
        state.originalMessageId = message.id;
        state.loading = true;
        state.ephemeral = Boolean(ephemeral);
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
        state.originalMessageId = state.componentMessageId;
        message = state.componentMessageId ? this.world.messages.get(state.componentMessageId) : undefined;
        break;
      case InteractionResponseType.UpdateMessage: {
        const errors = validateMessageBody(data, ['data']);
        if (errors.length > 0) return formError(errors);
        const target = state.componentMessageId
          ? this.world.messages.get(state.componentMessageId)
          : undefined;
        if (!target) return UNKNOWN_MESSAGE();
        message = this.editMessage(target, { ...record, body: data });
        state.originalMessageId = target.id;
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const errors = validateAutocompleteData(data);
        if (errors.length > 0) return formError(errors);
        break;
      }
      case InteractionResponseType.Modal: {
        const errors: FieldError[] = [];
        if (typeof data.custom_id !== 'string' || data.custom_id.length > 100) {
          errors.push({
            path: ['data', 'custom_id'],
            code: 'BASE_TYPE_BAD_LENGTH',
            message: 'Must be between 1 and 100 in length.',
          });
        }
        if (typeof data.title !== 'string' || data.title.length > 45) {
          errors.push({
            path: ['data', 'title'],
            code: 'BASE_TYPE_BAD_LENGTH',
            message: 'Must be between 1 and 45 in length.',
          });
        }
        if (errors.length > 0) return formError(errors);
        break;
      }
      default:
        break;
    }

    state.acknowledged = true;
    state.callbackType = type;
    if (record.query.with_response !== 'true') return noContent;
    const resource: Obj = { type };
    if (message) resource.message = message;
    return ok({
      interaction: {
        id: state.id,
        type: state.type,
        response_message_id: state.originalMessageId ?? null,
        response_message_loading: state.loading,
        response_message_ephemeral: state.ephemeral,
      },
      resource,
    });
  }

  private interactionForWebhook({ app, token = '' }: Params): InteractionState | undefined {
    const state = this.world.interactionsByToken.get(token);
    return state && state.applicationId === app && app === this.world.applicationId ? state : undefined;
  }

  private webhookMessage(state: InteractionState, messageId: string): APIMessage | undefined {
    const id = messageId === '@original' ? state.originalMessageId : messageId;
    if (!id || (id !== state.originalMessageId && !state.followupMessageIds.includes(id))) return undefined;
    return this.world.messages.get(id);
  }

  private executeWebhook(record: RecordedRequest, params: Params): Reply {
    const state = this.interactionForWebhook(params);
    if (!state?.acknowledged) return UNKNOWN_WEBHOOK();
    const problem = this.checkNewMessage(record, record.body);
    if (problem) return problem;
    const message = this.createMessage(state.channelId ?? '', record, {
      interaction: state,
      fromWebhook: true,
    });
    state.followupMessageIds.push(message.id);
    return record.query.wait === 'true' ? ok(message) : noContent;
  }

  // -------------------------------------------------------------------------------------------------------
  // Application commands

  private commandScope(params: Params): string | Reply {
    if (params.app !== this.world.applicationId) return error(403, 50001, 'Missing Access');
    if (params.guild !== undefined && !this.world.guild(params.guild))
      return error(403, 50001, 'Missing Access');
    return params.guild ?? 'global';
  }

  private storeCommand(scope: string, input: Obj, existing: APIApplicationCommand[]): APIApplicationCommand {
    const type = (input.type as number | undefined) ?? ApplicationCommandType.ChatInput;
    const previous = existing.find((c) => c.name === input.name && c.type === type);
    const command = {
      ...input,
      id: previous?.id ?? snowflake(),
      application_id: this.world.applicationId,
      version: snowflake(),
      type,
      description: input.description ?? '',
      default_member_permissions: input.default_member_permissions ?? null,
      nsfw: input.nsfw ?? false,
      ...(scope !== 'global' && { guild_id: scope }),
    } as APIApplicationCommand;
    return command;
  }

  // -------------------------------------------------------------------------------------------------------
  // Routes

  private defineRoutes(): void {
    const world = this.world;

    // Gateway
    this.on('GET', '/gateway', () => ok({ url: this.options.gatewayUrl() }), false);
    this.on('GET', '/gateway/bot', () =>
      ok({
        url: this.options.gatewayUrl(),
        shards: this.options.shardCount,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    );

    // Users and application
    this.on('GET', '/users/@me', () => ok(world.botUser));
    this.on('POST', '/users/@me/channels', (record) => {
      const recipientId = String(obj(record.body).recipient_id ?? '');
      if (!/^\d{1,20}$/.test(recipientId)) {
        return formError([
          {
            path: ['recipient_id'],
            code: 'NUMBER_TYPE_COERCE',
            message: `Value "${recipientId}" is not snowflake.`,
          },
        ]);
      }
      const user =
        world.users.get(recipientId) ??
        userPayload({ id: recipientId }, { id: recipientId, username: `user-${recipientId}` });
      return ok(world.dmChannelFor(user));
    });
    this.on('GET', '/users/:id', (_r, { id = '' }) => {
      const user = world.users.get(id);
      return user ? ok(user) : error(404, 10013, 'Unknown User');
    });
    this.on('GET', '/applications/@me', () => ok(world.application));

    // Application commands (global and guild)
    for (const prefix of ['/applications/:app/commands', '/applications/:app/guilds/:guild/commands']) {
      this.on('GET', prefix, (_record, params) => {
        const scope = this.commandScope(params);
        return typeof scope === 'string' ? ok(world.commands.get(scope) ?? []) : scope;
      });
      this.on('PUT', prefix, (record, params) => {
        const scope = this.commandScope(params);
        if (typeof scope !== 'string') return scope;
        const errors = validateCommandList(record.body);
        if (errors.length > 0) return formError(errors);
        const existing = world.commands.get(scope) ?? [];
        const commands = (record.body as Obj[]).map((c) => this.storeCommand(scope, c, existing));
        world.commands.set(scope, commands);
        return ok(commands);
      });
      this.on('POST', prefix, (record, params) => {
        const scope = this.commandScope(params);
        if (typeof scope !== 'string') return scope;
        const errors = validateCommand(record.body);
        if (errors.length > 0) return formError(errors);
        const existing = world.commands.get(scope) ?? [];
        const command = this.storeCommand(scope, obj(record.body), existing);
        world.commands.set(scope, [...existing.filter((c) => c.id !== command.id), command]);
        return { status: existing.some((c) => c.id === command.id) ? 200 : 201, body: command };
      });
      this.on('DELETE', `${prefix}/:command`, (_record, params) => {
        const scope = this.commandScope(params);
        if (typeof scope !== 'string') return scope;
        const existing = world.commands.get(scope) ?? [];
        if (!existing.some((c) => c.id === params.command))
          return error(404, 10063, 'Unknown application command');
        world.commands.set(
          scope,
          existing.filter((c) => c.id !== params.command),
        );
        return noContent;
      });
    }

    // Interactions
    this.on(
      'POST',
      '/interactions/:id/:token/callback',
      (record, params) => this.interactionCallback(record, params),
      false,
    );
    this.on('POST', '/webhooks/:app/:token', (record, params) => this.executeWebhook(record, params), false);
    this.on(
      'GET',
      '/webhooks/:app/:token/messages/:message',
      (_record, params) => {
        const state = this.interactionForWebhook(params);
        if (!state) return UNKNOWN_WEBHOOK();
        const message = this.webhookMessage(state, params.message ?? '');
        return message ? ok(message) : UNKNOWN_MESSAGE();
      },
      false,
    );
    this.on(
      'PATCH',
      '/webhooks/:app/:token/messages/:message',
      (record, params) => {
        const state = this.interactionForWebhook(params);
        if (!state) return UNKNOWN_WEBHOOK();
        const message = this.webhookMessage(state, params.message ?? '');
        if (!message) return UNKNOWN_MESSAGE();
        const errors = validateMessageBody(record.body);
        if (errors.length > 0) return formError(errors);
        const completesDeferral = message.id === state.originalMessageId && state.loading;
        if (completesDeferral && isEmptyMessage(record.body, record.files.length)) return EMPTY_MESSAGE();
        this.editMessage(message, record);
        if (completesDeferral) {
          state.loading = false;
          message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
          message.edited_timestamp = null;
        }
        return ok(message);
      },
      false,
    );
    this.on(
      'DELETE',
      '/webhooks/:app/:token/messages/:message',
      (_record, params) => {
        const state = this.interactionForWebhook(params);
        if (!state) return UNKNOWN_WEBHOOK();
        const message = this.webhookMessage(state, params.message ?? '');
        if (!message) return UNKNOWN_MESSAGE();
        world.messages.delete(message.id);
        return noContent;
      },
      false,
    );

    // Channels and messages
    this.on('GET', '/channels/:channel', (_r, { channel = '' }) => {
      const c = world.channels.get(channel);
      return c ? ok(c) : UNKNOWN_CHANNEL();
    });
    this.on('POST', '/channels/:channel/typing', (_r, { channel = '' }) =>
      world.channels.has(channel) ? noContent : UNKNOWN_CHANNEL(),
    );
    this.on('GET', '/channels/:channel/messages', (record, { channel = '' }) => {
      if (!world.channels.has(channel)) return UNKNOWN_CHANNEL();
      const limit = Math.min(Number(record.query.limit ?? 50), 100);
      const messages = [...world.messages.values()]
        .filter((m) => m.channel_id === channel)
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
        .slice(0, limit);
      return ok(messages);
    });
    this.on('POST', '/channels/:channel/messages', (record, { channel = '' }) => {
      const c = world.channels.get(channel);
      if (!c) return UNKNOWN_CHANNEL();
      if (c.type === ChannelType.GuildCategory)
        return error(400, 50008, 'Cannot send messages in a non-text channel');
      const problem = this.checkNewMessage(record, record.body);
      if (problem) return problem;
      const reference = obj(obj(record.body).message_reference);
      if (reference.message_id !== undefined && !world.messages.has(String(reference.message_id))) {
        if (reference.fail_if_not_exists !== false) {
          return formError([
            {
              path: ['message_reference'],
              code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE',
              message: 'Unknown message',
            },
          ]);
        }
        delete obj(record.body).message_reference;
      }
      return ok(this.createMessage(channel, record));
    });
    this.on('GET', '/channels/:channel/messages/:message', (_r, { channel = '', message = '' }) => {
      const m = world.messages.get(message);
      return m && m.channel_id === channel ? ok(m) : UNKNOWN_MESSAGE();
    });
    this.on('PATCH', '/channels/:channel/messages/:message', (record, { channel = '', message = '' }) => {
      const m = world.messages.get(message);
      if (!m || m.channel_id !== channel) return UNKNOWN_MESSAGE();
      if (m.author.id !== world.botUser.id)
        return error(403, 50005, 'Cannot edit a message authored by another user');
      const errors = validateMessageBody(record.body);
      if (errors.length > 0) return formError(errors);
      return ok(this.editMessage(m, record));
    });
    this.on('DELETE', '/channels/:channel/messages/:message', (_r, { channel = '', message = '' }) => {
      const m = world.messages.get(message);
      if (!m || m.channel_id !== channel) return UNKNOWN_MESSAGE();
      world.messages.delete(message);
      return noContent;
    });
    this.on(
      'PUT',
      '/channels/:channel/messages/:message/reactions/:emoji/@me',
      (_r, { channel = '', message = '' }) => {
        const m = world.messages.get(message);
        return m && m.channel_id === channel ? noContent : UNKNOWN_MESSAGE();
      },
    );
  }
}

export type { ApiErrorBody };
