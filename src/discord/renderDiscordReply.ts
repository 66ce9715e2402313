import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { Answer } from '../engine/answer.js';
import { LANG_NAMES, LANGS, type ReplyLang } from '../i18n/langs.js';
import { t } from '../i18n/t.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { inertAnswer } from '../render/inertText.js';
import { presentAnswer } from '../render/presentAnswer.js';
import type { Presentation } from '../render/presentation.js';
import { visibleLines } from '../render/visiblePart.js';
import { customIdFor, inertQuery } from './customId.js';
import { DISCORD_LIMITS, truncate } from './discordLimits.js';
import { type DiscordMessage, NO_MENTIONS, type RenderedReply } from './discordMessage.js';
import { fitEmbed } from './fitEmbed.js';
import type { ChartProvider, ReplyFile } from './interactionRouter.js';

const COLORS = { found: 0x76b900, notFound: 0x99aab5, error: 0xed4245 } as const;

export interface RenderOptions {
  /** The text that reproduces the answer (question or `/command`), for the buttons' custom ids. */
  readonly query: string;
  /** A chart to attach and show as the embed's image. */
  readonly chart?: ReplyFile;
  /** Only the asker sees it (errors, rejected input). */
  readonly ephemeral?: boolean;
  /** Adds 👍/👎 buttons, when answers are being recorded for the knowledge base's maintainers. */
  readonly feedback?: boolean;
}

/**
 * Renders an answer as a Discord message in one language: an embed with the direct answer (and
 * the facts that fit a channel), the source in the footer, and buttons for the details (working,
 * caveats, the article's words), the quotes and the other languages. When the query is too long
 * for the buttons' custom ids, the details go inline as fields instead. Errors become a plain
 * message. Always inside Discord's limits, never pinging anyone.
 */
export function renderDiscordReply(
  answer: Answer,
  lang: ReplyLang,
  kb: KnowledgeBase,
  options: RenderOptions,
): RenderedReply {
  const p = presentAnswer(inertAnswer(answer), lang, kb);
  const flags = options.ephemeral === true ? { flags: MessageFlags.Ephemeral } : {};
  if (p.isError) {
    const content = truncate(`⚠️ ${p.summary}`, DISCORD_LIMITS.content);
    return {
      message: { content, embeds: [], components: [], allowed_mentions: NO_MENTIONS, ...flags },
      files: [],
    };
  }

  const query = inertQuery(options.query);
  const detailsId = hasDetails(p) ? customIdFor('details', lang, query) : undefined;
  const quoteId = p.quotes.length > 0 ? customIdFor('quote', lang, query) : undefined;
  const buttons: APIButtonComponent[] = [
    ...(detailsId === undefined ? [] : [button(detailsId, t(lang, 'reply.details'), '🔎')]),
    ...(quoteId === undefined ? [] : [button(quoteId, t(lang, 'reply.showQuote'), '📜')]),
    ...LANGS.filter((other) => other !== lang).flatMap((other) => {
      const id = customIdFor('lang', other, query);
      return id === undefined ? [] : [button(id, LANG_NAMES[other], '🌐')];
    }),
  ];
  // Without a details button (the query is too long for a custom id) the working goes inline, in
  // fields below the short answer, so the part read first stays as short as any other reply's.
  const inline = hasDetails(p) && detailsId === undefined;
  const visible = visibleLines(p, inline ? 'reply.moreBelow' : 'reply.more');
  const shownFacts = visible.filter((line) => line.startsWith('• ')).length;
  const embed: APIEmbed = {
    title: p.title === '' ? t(lang, 'reply.defaultTitle') : p.title,
    description: visible.join('\n'),
    color: p.found ? COLORS.found : COLORS.notFound,
    fields: inline
      ? [
          ...listField(
            t(lang, 'reply.facts'),
            p.facts.slice(shownFacts).map((f) => `• ${f}`),
          ),
          ...detailFields(p),
        ]
      : [],
    footer: { text: p.footer },
    ...(options.chart === undefined ? {} : { image: { url: `attachment://${options.chart.name}` } }),
  };
  // 👍/👎 go on a row of their own: a row holds five buttons, and the first can hold four already.
  const votes =
    options.feedback === true
      ? (['up', 'down'] as const).flatMap((action) => {
          const id = customIdFor(action, lang, query);
          const label = t(lang, action === 'up' ? 'reply.helpful' : 'reply.notHelpful');
          return id === undefined ? [] : [button(id, label, action === 'up' ? '👍' : '👎')];
        })
      : [];
  const components: APIActionRowComponent<APIButtonComponent>[] = [buttons, votes]
    .filter((row) => row.length > 0)
    .map((row) => ({ type: ComponentType.ActionRow, components: row }));
  const message: DiscordMessage = {
    embeds: [fitEmbed(embed)],
    components,
    allowed_mentions: NO_MENTIONS,
    ...(options.chart === undefined
      ? { attachments: [] }
      : { attachments: [{ id: '0', filename: options.chart.name }] }),
    ...flags,
  };
  return { message, files: options.chart === undefined ? [] : [options.chart] };
}

/**
 * Renders an answer with its chart, when it is found and has one: what slash commands, buttons and
 * mention replies all send.
 */
export function renderAnswerReply(
  answer: Answer,
  lang: ReplyLang,
  kb: KnowledgeBase,
  options: {
    readonly query: string;
    readonly charts?: ChartProvider;
    readonly ephemeral?: boolean;
    readonly feedback?: boolean;
  },
): RenderedReply {
  const chart = answer.found && options.charts !== undefined ? options.charts(answer, lang) : undefined;
  return renderDiscordReply(answer, lang, kb, {
    query: options.query,
    ...(options.ephemeral === undefined ? {} : { ephemeral: options.ephemeral }),
    ...(options.feedback === undefined ? {} : { feedback: options.feedback }),
    ...(chart === undefined ? {} : { chart }),
  });
}

/** The full working of an answer (facts, calculation, caveats, the article's words) as an ephemeral reply to the Details button. */
export function renderDetails(answer: Answer, lang: ReplyLang, kb: KnowledgeBase): RenderedReply {
  const p = presentAnswer(answer, lang, kb);
  return ephemeralEmbed({
    title: truncate(t(lang, 'reply.detailsTitle', { title: p.title }), DISCORD_LIMITS.title),
    description: [p.summary, ...p.facts.map((f) => `• ${f}`)].join('\n'),
    color: p.found ? COLORS.found : COLORS.notFound,
    fields: detailFields(p),
    footer: { text: p.footer },
  });
}

/** The article's words an answer rests on, as an ephemeral reply to the quote button. */
export function renderQuotes(answer: Answer, lang: ReplyLang, kb: KnowledgeBase): RenderedReply {
  const p = presentAnswer(answer, lang, kb);
  return ephemeralEmbed({
    title: truncate(t(lang, 'reply.quotesTitle', { title: p.title }), DISCORD_LIMITS.title),
    description: p.quotes.length === 0 ? t(lang, 'reply.noQuotes') : quoteLines(p).join('\n\n'),
    color: COLORS.found,
    footer: { text: p.footer },
  });
}

function ephemeralEmbed(embed: APIEmbed): RenderedReply {
  return {
    message: {
      embeds: [fitEmbed(embed)],
      components: [],
      allowed_mentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    },
    files: [],
  };
}

/** Anything beyond what the channel shows at once. */
function hasDetails(p: Presentation): boolean {
  return p.steps.length > 0 || p.caveats.length > 0 || p.quotes.length > 0 || p.facts.length > 0;
}

function button(customId: string, label: string, emoji: string): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: customId,
    label,
    emoji: { name: emoji },
  };
}

function detailFields(p: Presentation): APIEmbedField[] {
  return [
    ...stepFields(p),
    ...listField(
      t(p.lang, 'reply.caveats'),
      p.caveats.map((c) => `⚠ ${c}`),
    ),
    ...listField(t(p.lang, 'reply.articleSays'), quoteLines(p)),
  ];
}

function quoteLines(p: Presentation): string[] {
  return p.quotes.map((q) => {
    const translation =
      q.translation === undefined
        ? ''
        : `\n*${t(p.lang, 'reply.translation')}${t(p.lang, 'punct.colon')} ${q.translation}*`;
    return `> ${q.text}\n— ${q.section}${translation}`;
  });
}

function stepFields(p: Presentation): APIEmbedField[] {
  if (p.steps.length === 0) return [];
  // Steps are split across fields rather than cut, so no line of arithmetic is lost mid-way.
  const chunks: string[][] = [[]];
  let size = 0;
  for (const step of p.steps) {
    const line = truncate(step, 300);
    if (size + line.length + 1 > DISCORD_LIMITS.fieldValue - 8 && chunks[chunks.length - 1]?.length !== 0) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]?.push(line);
    size += line.length + 1;
  }
  return chunks.map((lines, i) => ({
    name: t(p.lang, i === 0 ? 'reply.calculation' : 'reply.calculationCont'),
    value: `\`\`\`\n${lines.join('\n')}\n\`\`\``,
  }));
}

function listField(name: string, lines: readonly string[]): APIEmbedField[] {
  if (lines.length === 0) return [];
  return [{ name, value: truncate(lines.join('\n'), DISCORD_LIMITS.fieldValue) }];
}
