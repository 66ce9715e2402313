import {
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type Message,
  Partials,
  Routes,
} from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import type { BotObserver } from '../app/botObserver.js';
import type { ChartProvider, InteractionRouter, ReplyFile } from '../discord/interactionRouter.js';
import { APOLOGY, slowDownNotice } from '../discord/notices.js';
import { renderAnswerReply } from '../discord/renderDiscordReply.js';
import type { Engine } from '../engine/createEngine.js';
import { detectLanguage } from '../engine/lang.js';
import type { AsyncRateLimiter } from '../limits/asyncRateLimiter.js';
import type { Logger } from '../log/logger.js';
import { mentionQuestion } from './mentionQuestion.js';

export interface GatewayBotOptions {
  readonly token: string;
  /** REST base, e.g. a proxy or the tests' local Discord; discord.js's default otherwise. */
  readonly apiUrl?: string;
  readonly engine: Engine;
  readonly router: InteractionRouter;
  readonly logger: Logger;
  readonly charts?: ChartProvider;
  readonly rateLimiter?: AsyncRateLimiter;
  /** Told of mention answers and of every reply's latency: metrics and analytics. */
  readonly observer?: BotObserver;
  /** Adds 👍/👎 buttons to mention answers. */
  readonly feedback?: boolean;
  /** Which shards this process runs; set by the ShardingManager through the environment otherwise. */
  readonly shards?: { readonly ids: readonly number[]; readonly count: number };
}

export interface GatewayBot {
  readonly client: Client;
  /** Logs in and resolves once the client is ready. */
  start(): Promise<void>;
  /** Closes the gateway connection; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * The gateway adapter: raw INTERACTION_CREATE packets go through the shared router and its reply
 * is posted as the interaction callback; mentions and DMs are answered as replies to the message.
 * It holds no business logic: parse, ask, render, send.
 */
export function createGatewayBot(options: GatewayBotOptions): GatewayBot {
  const { logger, engine } = options;
  const observer = options.observer ?? {};
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel, Partials.Message],
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.apiUrl === undefined ? {} : { rest: { api: options.apiUrl } }),
    ...(options.shards === undefined
      ? {}
      : { shards: [...options.shards.ids], shardCount: options.shards.count }),
  });

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction) => {
    void handleInteraction(interaction);
  });
  client.on(Events.MessageCreate, (message) => {
    void handleMessage(message);
  });
  client.on(Events.ShardReady, (shardId) => logger.info('shard ready', { shardId }));
  client.on(Events.ShardReconnecting, (shardId) => logger.warn('shard reconnecting', { shardId }));
  client.on(Events.ShardResume, (shardId) => logger.info('shard resumed', { shardId }));
  client.on(Events.Error, (error) => logger.error('client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('client warning', { message }));

  async function handleInteraction(interaction: APIInteraction): Promise<void> {
    const received = performance.now();
    try {
      const reply = await options.router(interaction);
      await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: reply.response,
        files: toRawFiles(reply.files),
        auth: false,
      });
      observer.replied?.({ transport: 'gateway', seconds: (performance.now() - received) / 1000 });
    } catch (error) {
      // The interaction token may have expired or Discord may be failing; nothing to answer to.
      logger.error('interaction callback failed', {
        interactionId: interaction.id,
        type: interaction.type,
        error,
      });
    }
  }

  async function handleMessage(message: Message): Promise<void> {
    const me = client.user;
    if (me === null || message.author.bot) return;
    const isDm = message.guildId === null;
    if (!isDm && !message.mentions.users.has(me.id)) return;
    const question = mentionQuestion(message.content, me.id);
    // The reply speaks the question's language, the slow-down note and the apology included.
    const lang = detectLanguage(question);
    const received = performance.now();
    try {
      // Checked before the engine runs: a refused question costs nothing.
      const verdict = await options.rateLimiter?.take(message.author.id);
      if (verdict !== undefined && !verdict.ok) {
        observer.rateLimited?.({ command: 'mention' });
        await send(message, { content: slowDownNotice(verdict.retryAfterSeconds)[lang] }, []);
        return;
      }
      const started = performance.now();
      const answer = engine.ask(question);
      const engineSeconds = (performance.now() - started) / 1000;
      observer.answered?.({
        command: 'mention',
        question,
        answer,
        lang: answer.lang,
        engineSeconds,
        repeat: false,
      });
      const reply = renderAnswerReply(answer, answer.lang, engine.knowledge, {
        query: question,
        ...(options.feedback === true ? { feedback: true } : {}),
        ...(options.charts === undefined ? {} : { charts: options.charts }),
      });
      await send(message, reply.message, reply.files);
      observer.replied?.({ transport: 'gateway', seconds: (performance.now() - received) / 1000 });
    } catch (error) {
      observer.failed?.({ command: 'mention', kind: 'error' });
      logger.error('mention reply failed', {
        messageId: message.id,
        channelId: message.channelId,
        userId: message.author.id,
        error,
      });
      await send(message, { content: APOLOGY[lang] }, []).catch((sendError: unknown) =>
        logger.error('apology failed', { messageId: message.id, error: sendError }),
      );
    }
  }

  async function send(message: Message, body: object, files: readonly ReplyFile[]): Promise<void> {
    await client.rest.post(Routes.channelMessages(message.channelId), {
      body: {
        ...body,
        allowed_mentions: { parse: [], replied_user: false },
        message_reference: { message_id: message.id, fail_if_not_exists: false },
      },
      files: toRawFiles(files),
    });
  }

  let stopped = false;
  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
      logger.info('bot ready', { user: client.user?.tag, guilds: client.guilds.cache.size });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
    },
  };
}

function toRawFiles(files: readonly ReplyFile[]) {
  return files.map((file) => ({ name: file.name, data: file.data, contentType: file.contentType }));
}
