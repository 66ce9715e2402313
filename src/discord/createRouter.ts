import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandOptionChoice,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentInteraction,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { BotObserver } from '../app/botObserver.js';
import { createLruCache } from '../cache/createLruCache.js';
import type { OptionDefinition } from '../commands/commandDefinition.js';
import { findCommand } from '../commands/definitions.js';
import { ENTITY_KINDS } from '../commands/entityKinds.js';
import { formatCommand } from '../commands/formatCommand.js';
import type { Answer } from '../engine/answer.js';
import { buildCommandInput } from '../engine/buildCommandInput.js';
import type { Engine } from '../engine/createEngine.js';
import { UserInputError } from '../errors/UserInputError.js';
import { engineLang, type ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import { langOfLocale, replyLangFor } from '../i18n/replyLang.js';
import type { AsyncRateLimiter } from '../limits/asyncRateLimiter.js';
import { boundText, INPUT_LIMITS } from '../limits/inputLimits.js';
import type { RateLimiter } from '../limits/tokenBucket.js';
import type { Logger } from '../log/logger.js';
import { ERROR_TEXT_MAX, inertText } from '../render/inertText.js';
import { autocompleteChoices } from './autocompleteChoices.js';
import { decodeCustomId } from './customId.js';
import { type DiscordMessage, NO_MENTIONS, type RenderedReply } from './discordMessage.js';
import type { ChartProvider, InteractionReply, InteractionRouter } from './interactionRouter.js';
import { apology, feedbackThanks, slowDownNotice } from './notices.js';
import { renderAnswerReply, renderDetails, renderQuotes } from './renderDiscordReply.js';
import { withFirstPartNote } from './withFirstPartNote.js';

export interface RouterOptions {
  readonly engine: Engine;
  readonly logger: Logger;
  readonly charts?: ChartProvider;
  /** Per-user limit on commands, context menus and buttons, in this process or shared through Redis. */
  readonly rateLimiter?: AsyncRateLimiter;
  /**
   * Per-user limit on autocomplete, a budget of its own: it fires per pause in typing, so it must
   * not spend the questions' tokens. Over it, the choices are empty.
   */
  readonly autocompleteLimiter?: Pick<RateLimiter, 'take'>;
  /** Told of every interaction, answer, refusal and failure: metrics and analytics. */
  readonly observer?: BotObserver;
  /** Adds 👍/👎 buttons to answers; their clicks go to `observer.feedback`. */
  readonly feedback?: boolean;
  /** How many rendered slash-command replies to keep (see {@link REPLY_CACHE_SIZE}); 0 keeps none. */
  readonly replyCacheSize?: number;
}

/**
 * Slash-command replies kept by default. An option-only command (`/who-uses cloud:azure`) is a pure
 * function of its command, its options and the reply language (the knowledge does not change while
 * the router lives), and the same few are asked again and again; a reply is a few KB, so 256 of
 * them are well under a megabyte. Replies with files (charts) are not kept: the chart cache keeps
 * those PNGs, and a reply cache holding them would be megabytes.
 */
export const REPLY_CACHE_SIZE = 256;

interface CachedReply {
  readonly query: string;
  readonly answer: Answer;
  readonly reply: RenderedReply;
}

/**
 * Builds the interaction router both transports share: slash commands, the context-menu command,
 * autocomplete and the reply buttons. It never throws: rejected input becomes an ephemeral
 * message saying what is wrong, and anything unexpected is logged and answered with an apology.
 */
export function createRouter(options: RouterOptions): InteractionRouter {
  const { engine, logger } = options;
  const observer = options.observer ?? {};
  const kb = engine.knowledge;
  const cacheSize = options.replyCacheSize ?? REPLY_CACHE_SIZE;
  const replies = cacheSize > 0 ? createLruCache<CachedReply>(cacheSize) : undefined;

  /** Runs the engine and reports the answer with the time it took. */
  function timed(
    command: string,
    question: string,
    repeat: boolean,
    run: () => Answer,
    lang?: ReplyLang,
  ): Answer {
    const started = performance.now();
    const answer = run();
    const engineSeconds = (performance.now() - started) / 1000;
    const asked = lang === undefined ? answer.lang : engineLang(lang);
    observer.answered?.({ command, question, answer, lang: asked, engineSeconds, repeat });
    return answer;
  }

  function answerReply(answer: Answer, lang: ReplyLang, query: string, ephemeral: boolean): RenderedReply {
    return renderAnswerReply(answer, lang, kb, {
      query,
      ephemeral,
      ...(options.feedback === true ? { feedback: true } : {}),
      ...(options.charts === undefined ? {} : { charts: options.charts }),
    });
  }

  function chatInput(interaction: APIChatInputApplicationCommandInteraction): RenderedReply {
    const { name } = interaction.data;
    const definition = findCommand(name);
    const raw: Record<string, string | number> = {};
    let cut = false;
    for (const option of interaction.data.options ?? []) {
      if (!('value' in option) || typeof option.value === 'boolean') continue;
      // Discord enforces max_length, but commands registered before it was set do not: bound here too.
      const max = findOption(definition, option.name)?.maxLength;
      if (typeof option.value === 'string' && max !== undefined) {
        const bounded = boundText(option.value, max);
        raw[option.name] = bounded.text;
        cut ||= bounded.cut;
      } else {
        raw[option.name] = option.value;
      }
    }
    if (name === 'ask') {
      const question = String(raw.question ?? '');
      const answer = timed(name, question, false, () => engine.ask(question));
      const lang = replyLangFor(question, answer.lang, interaction.locale);
      const reply = answerReply(answer, lang, question, answer.kind === 'error');
      return withFirstPartNote(reply, lang, cut, INPUT_LIMITS.question);
    }
    const lang = langOfLocale(interaction.locale);
    const command = buildCommandInput(name, raw);
    // The reply language and the whole parsed command: two requests share a reply only when both agree.
    const key = `${lang}\n${JSON.stringify(command)}`;
    const cached = replies?.get(key);
    if (cached !== undefined) {
      observer.answered?.({
        command: name,
        question: cached.query,
        answer: cached.answer,
        lang: engineLang(lang),
        engineSeconds: 0,
        repeat: false,
      });
      return cached.reply;
    }
    const query = formatCommand(command);
    const answer = timed(name, query, false, () => engine.run(command, engineLang(lang)), lang);
    // An unknown company or cloud given as an option is bad input, shown to the asker alone.
    const ephemeral = answer.kind === 'error' || answer.kind === 'not-found';
    const reply = answerReply(answer, lang, query, ephemeral);
    // Frozen: every later request with the same key is sent this very object.
    if (reply.files.length === 0) replies?.set(key, { query, answer, reply: deepFreeze(reply) });
    return reply;
  }

  function messageCommand(interaction: APIMessageApplicationCommandInteraction): RenderedReply {
    const target = interaction.data.resolved.messages[interaction.data.target_id];
    const bounded = boundText(target?.content.trim() ?? '', INPUT_LIMITS.question);
    const text = bounded.text;
    if (text === '') {
      throw new UserInputError('empty-question', {
        en: 'That message has no text to ask about.',
        zh: '这条消息没有可提问的文字。',
      });
    }
    const answer = timed('message-menu', text, false, () => engine.ask(text));
    const lang = replyLangFor(text, answer.lang, interaction.locale);
    const reply = answerReply(answer, lang, text, answer.kind === 'error');
    return withFirstPartNote(reply, lang, bounded.cut, INPUT_LIMITS.question);
  }

  function button(interaction: APIMessageComponentInteraction): InteractionReply {
    const state = decodeCustomId(interaction.data.custom_id);
    if (state === undefined) {
      throw new UserInputError('unknown-command', {
        en: 'This button is from an older version of the bot; ask again.',
        zh: '这个按钮来自旧版机器人，请重新提问。',
      });
    }
    const answer = timed('button', state.query, true, () => engine.ask(state.query), state.lang);
    if (state.action === 'up' || state.action === 'down') {
      observer.feedback?.({ vote: state.action, query: state.query, lang: engineLang(state.lang), answer });
      return ephemeralText(feedbackThanks(state.lang), '🙏');
    }
    if (state.action === 'quote') return toResponse(renderQuotes(answer, state.lang, kb));
    if (state.action === 'details') return toResponse(renderDetails(answer, state.lang, kb));
    const reply = answerReply(answer, state.lang, state.query, false);
    return {
      response: { type: InteractionResponseType.UpdateMessage, data: reply.message },
      files: reply.files,
    };
  }

  function autocomplete(interaction: APIApplicationCommandAutocompleteInteraction): InteractionReply {
    const verdict = options.autocompleteLimiter?.take(userIdOf(interaction) ?? 'unknown');
    if (verdict !== undefined && !verdict.ok) return choicesReply([]);
    const focused = interaction.data.options
      .flatMap(flattenOptions)
      .find((o) => 'focused' in o && o.focused === true);
    const option = findOption(findCommand(interaction.data.name), focused?.name);
    const kinds = option?.autocomplete === undefined ? ENTITY_KINDS.any : ENTITY_KINDS[option.autocomplete];
    const value = focused !== undefined && 'value' in focused ? String(focused.value) : '';
    // Names are short; a long value costs the matcher time and can only match nothing.
    const query = boundText(value, INPUT_LIMITS.autocomplete).text;
    return choicesReply(autocompleteChoices(engine, query, kinds, langOfLocale(interaction.locale)));
  }

  async function route(interaction: APIInteraction): Promise<InteractionReply> {
    switch (interaction.type) {
      case InteractionType.Ping:
        return { response: { type: InteractionResponseType.Pong }, files: [] };
      case InteractionType.ApplicationCommandAutocomplete:
        return autocomplete(interaction);
      case InteractionType.ApplicationCommand: {
        const limited = await rateLimited(interaction);
        if (limited !== undefined) return limited;
        if (interaction.data.type === ApplicationCommandType.ChatInput) {
          return toResponse(chatInput(interaction as APIChatInputApplicationCommandInteraction));
        }
        if (interaction.data.type === ApplicationCommandType.Message) {
          return toResponse(messageCommand(interaction as APIMessageApplicationCommandInteraction));
        }
        break;
      }
      case InteractionType.MessageComponent: {
        const limited = await rateLimited(interaction);
        return limited ?? button(interaction);
      }
      default:
        break;
    }
    throw new UserInputError('unknown-command', {
      en: 'The bot does not handle this kind of interaction.',
      zh: '机器人不处理这类交互。',
    });
  }

  async function rateLimited(interaction: APIInteraction): Promise<InteractionReply | undefined> {
    const verdict = await options.rateLimiter?.take(userIdOf(interaction) ?? 'unknown');
    if (verdict === undefined || verdict.ok) return undefined;
    observer.rateLimited?.({ command: commandNameOf(interaction) ?? 'unknown' });
    return ephemeralText(slowDownNotice(verdict.retryAfterSeconds, langOfLocale(localeOf(interaction))));
  }

  return async (interaction) => {
    observer.interaction?.({
      type: INTERACTION_TYPE_NAMES[interaction.type] ?? String(interaction.type),
      command: commandNameOf(interaction) ?? 'none',
    });
    try {
      return await route(interaction);
    } catch (error) {
      const lang = langOfLocale(localeOf(interaction));
      if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
        logger.error('autocomplete failed', {
          interactionId: interaction.id,
          userId: userIdOf(interaction),
          error,
        });
        return choicesReply([]);
      }
      const command = commandNameOf(interaction) ?? 'unknown';
      if (error instanceof UserInputError) {
        observer.failed?.({ command, kind: 'rejected' });
        return ephemeralText(localize(error.text, lang));
      }
      observer.failed?.({ command, kind: 'error' });
      logger.error('interaction failed', {
        interactionId: interaction.id,
        command: commandNameOf(interaction),
        userId: userIdOf(interaction),
        error,
      });
      return ephemeralText(apology(lang));
    }
  };
}

/** Freezes a reply's plain objects and arrays, all the way down. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

function findOption(
  definition: ReturnType<typeof findCommand>,
  name: string | undefined,
): OptionDefinition | undefined {
  return (definition?.options as readonly OptionDefinition[] | undefined)?.find((o) => o.name === name);
}

function choicesReply(choices: APIApplicationCommandOptionChoice[]): InteractionReply {
  return {
    response: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } },
    files: [],
  };
}

function toResponse(reply: RenderedReply): InteractionReply {
  return {
    response: { type: InteractionResponseType.ChannelMessageWithSource, data: reply.message },
    files: reply.files,
  };
}

function ephemeralText(text: string, icon = '⚠️'): InteractionReply {
  const message: DiscordMessage = {
    // Error texts may quote the value the user gave.
    content: `${icon} ${inertText(text, ERROR_TEXT_MAX)}`,
    embeds: [],
    components: [],
    allowed_mentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
  return toResponse({ message, files: [] });
}

function flattenOptions(
  option: APIApplicationCommandAutocompleteInteraction['data']['options'][number],
): APIApplicationCommandInteractionDataBasicOption[] {
  return 'options' in option && option.options !== undefined
    ? option.options.flatMap((inner) => flattenOptions(inner))
    : [option as APIApplicationCommandInteractionDataBasicOption];
}

/** The user behind an interaction, in a guild (`member.user`) or a DM (`user`). */
export function userIdOf(interaction: APIInteraction): string | undefined {
  // Also used to log a failure, where the interaction may be malformed: never throws.
  return interaction.member?.user?.id ?? interaction.user?.id;
}

function localeOf(interaction: APIInteraction): string | undefined {
  return 'locale' in interaction ? interaction.locale : undefined;
}

function commandNameOf(interaction: APIInteraction): string | undefined {
  // Also called to log a failure, where the interaction may be malformed: never throws.
  if (interaction.type === InteractionType.ApplicationCommand) return interaction.data?.name;
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) return interaction.data?.name;
  if (interaction.type === InteractionType.MessageComponent) {
    // The action only: the rest of a custom id is the user's question, unbounded as a metric label.
    const customId = interaction.data?.custom_id;
    const action = typeof customId === 'string' ? decodeCustomId(customId)?.action : undefined;
    return action === undefined ? 'button' : `button:${action}`;
  }
  return undefined;
}

const INTERACTION_TYPE_NAMES: Readonly<Record<number, string>> = {
  [InteractionType.Ping]: 'ping',
  [InteractionType.ApplicationCommand]: 'command',
  [InteractionType.MessageComponent]: 'component',
  [InteractionType.ApplicationCommandAutocomplete]: 'autocomplete',
  [InteractionType.ModalSubmit]: 'modal',
};
