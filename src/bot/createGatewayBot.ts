import { Client, Events, GatewayIntentBits, type Message, Partials, Routes } from 'discord.js';
import {
  type APIInteraction,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { BotObserver } from '../app/botObserver.js';
import { NO_MENTIONS } from '../discord/discordMessage.js';
import type { ChartProvider, InteractionRouter, ReplyFile } from '../discord/interactionRouter.js';
import { apology, slowDownNotice, unreadableNotice } from '../discord/notices.js';
import { renderAnswerReply } from '../discord/renderDiscordReply.js';
import {
  type AnswerableParts,
  answerableParts,
  validateInteraction,
} from '../discord/validateInteraction.js';
import { withFirstPartNote } from '../discord/withFirstPartNote.js';
import type { Engine } from '../engine/createEngine.js';
import { detectLanguage } from '../engine/lang.js';
import { langOfLocale, replyLangFor } from '../i18n/replyLang.js';
import type { AsyncRateLimiter } from '../limits/asyncRateLimiter.js';
import { boundText, INPUT_LIMITS } from '../limits/inputLimits.js';
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

  takeOverInteractions(client, (raw) => {
    const check = validateInteraction(raw);
    if (check.ok) {
      void handleInteraction(check.interaction);
      return;
    }
    const parts = answerableParts(raw);
    logger.warn('interaction dropped: malformed', {
      reason: check.reason,
      interactionId: parts?.id,
      type: parts?.type,
    });
    if (parts !== undefined) void answerUnreadable(parts);
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

  async function answerUnreadable(parts: AnswerableParts): Promise<void> {
    const body =
      parts.type === InteractionType.ApplicationCommandAutocomplete
        ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
        : {
            type: InteractionResponseType.ChannelMessageWithSource,
            data: {
              content: `⚠️ ${unreadableNotice(langOfLocale(parts.locale))}`,
              allowed_mentions: NO_MENTIONS,
              flags: MessageFlags.Ephemeral,
            },
          };
    await client.rest
      .post(Routes.interactionCallback(parts.id, parts.token), { body, auth: false })
      .catch((error: unknown) =>
        logger.debug('could not answer a malformed interaction', { interactionId: parts.id, error }),
      );
  }

  async function handleMessage(message: Message): Promise<void> {
    const me = client.user;
    if (me === null || message.author.bot) return;
    const isDm = message.guildId === null;
    if (!isDm && !message.mentions.users.has(me.id)) return;
    // Bounded before any work: a long message is answered from its first part, and the reply says so.
    const bounded = boundText(mentionQuestion(message.content, me.id), INPUT_LIMITS.question);
    const question = bounded.text;
    // The reply speaks the question's language, the slow-down note and the apology included.
    const lang = replyLangFor(question, detectLanguage(question));
    const received = performance.now();
    try {
      // Checked before the engine runs: a refused question costs nothing.
      const verdict = await options.rateLimiter?.take(message.author.id);
      if (verdict !== undefined && !verdict.ok) {
        observer.rateLimited?.({ command: 'mention' });
        await send(message, { content: slowDownNotice(verdict.retryAfterSeconds, lang) }, []);
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
      const reply = renderAnswerReply(answer, lang, engine.knowledge, {
        query: question,
        ...(options.feedback === true ? { feedback: true } : {}),
        ...(options.charts === undefined ? {} : { charts: options.charts }),
      });
      const noted = withFirstPartNote(reply, lang, bounded.cut, INPUT_LIMITS.question);
      await send(message, noted.message, noted.files);
      observer.replied?.({ transport: 'gateway', seconds: (performance.now() - received) / 1000 });
    } catch (error) {
      observer.failed?.({ command: 'mention', kind: 'error' });
      logger.error('mention reply failed', {
        messageId: message.id,
        channelId: message.channelId,
        userId: message.author.id,
        error,
      });
      await send(message, { content: apology(lang) }, []).catch((sendError: unknown) =>
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

/**
 * discord.js builds an Interaction object from every INTERACTION_CREATE, inside the gateway's message
 * handler, where a malformed packet (no `data`, `member.user: null`, …) throws past every handler
 * and kills the process. This bot reads only the raw payload, so it takes that step over: each
 * packet goes to `handle` (which validates it) and discord.js builds nothing from it.
 */
function takeOverInteractions(client: Client, handle: (raw: unknown) => void): void {
  // `client.actions` is internal to discord.js (typed private), hence the reflection and the check.
  const actions: unknown = Reflect.get(client, 'actions');
  const action: unknown =
    typeof actions === 'object' && actions !== null ? Reflect.get(actions, 'InteractionCreate') : undefined;
  if (typeof action !== 'object' || action === null || typeof Reflect.get(action, 'handle') !== 'function') {
    throw new Error('discord.js has no client.actions.InteractionCreate.handle: check the pinned version');
  }
  Reflect.set(action, 'handle', handle);
}

function toRawFiles(files: readonly ReplyFile[]) {
  return files.map((file) => ({ name: file.name, data: file.data, contentType: file.contentType }));
}
