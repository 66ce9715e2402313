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
import type { Lang } from '../engine/lang.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { presentAnswer } from '../render/presentAnswer.js';
import type { Presentation } from '../render/presentation.js';
import { encodeCustomId } from './customId.js';
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
 * Renders an answer as a Discord message in one language: an embed with the answer, the facts,
 * the calculation steps and caveats, the source in the footer, and buttons for the article's
 * words and the other language. Errors become a plain message. Always inside Discord's limits,
 * never pinging anyone.
 */
export function renderDiscordReply(
  answer: Answer,
  lang: Lang,
  kb: KnowledgeBase,
  options: RenderOptions,
): RenderedReply {
  const p = presentAnswer(answer, lang, kb);
  const flags = options.ephemeral === true ? { flags: MessageFlags.Ephemeral } : {};
  if (p.isError) {
    const content = truncate(`⚠️ ${p.summary}`, DISCORD_LIMITS.content);
    return {
      message: { content, embeds: [], components: [], allowed_mentions: NO_MENTIONS, ...flags },
      files: [],
    };
  }

  const buttons = replyButtons(p, lang, options.query, options.feedback === true);
  const quoteButton = buttons.some((b) => 'custom_id' in b && b.custom_id.startsWith('h1|q|'));
  const fields = [
    ...stepFields(p, lang),
    ...listField(
      t(lang, 'Caveats', '注意'),
      p.caveats.map((c) => `⚠ ${c}`),
    ),
    ...listField(t(lang, 'Did you mean', '你是不是想问'), p.suggestions === undefined ? [] : [p.suggestions]),
    // Without a quote button (the question is too long for a custom id) the article's words go inline.
    ...(quoteButton
      ? []
      : listField(
          t(lang, 'The article says', '原文'),
          p.quotes.map((q) => `> ${oneLine(q.text)} — ${q.section}`),
        )),
  ];
  const embed: APIEmbed = {
    title: p.title === '' ? t(lang, 'H100 supply and demand', 'H100 供需') : p.title,
    description: [p.summary, ...p.facts.map((f) => `• ${f}`)].join('\n'),
    color: p.found ? COLORS.found : COLORS.notFound,
    fields,
    footer: { text: p.footer },
    ...(options.chart === undefined ? {} : { image: { url: `attachment://${options.chart.name}` } }),
  };
  const components: APIActionRowComponent<APIButtonComponent>[] =
    buttons.length === 0 ? [] : [{ type: ComponentType.ActionRow, components: buttons }];
  const message: DiscordMessage = {
    embeds: [fitEmbed(embed)],
    components,
    allowed_mentions: NO_MENTIONS,
    ...(options.chart === undefined
      ? { attachments: [] }
      : { attachments: [{ id: 0, filename: options.chart.name }] }),
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
  lang: Lang,
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

/**
 * The article's words an answer rests on, as an ephemeral reply to the quote button.
 */
export function renderQuotes(answer: Answer, lang: Lang, kb: KnowledgeBase): RenderedReply {
  const p = presentAnswer(answer, lang, kb);
  const lines = p.quotes.map((q) => `> ${oneLine(q.text)}\n— ${q.section}`);
  const embed: APIEmbed = {
    title: truncate(t(lang, `The article's words: ${p.title}`, `原文：${p.title}`), DISCORD_LIMITS.title),
    description:
      lines.length === 0
        ? t(lang, 'This answer quotes nothing from the article.', '这条回答没有引用原文。')
        : lines.join('\n\n'),
    color: COLORS.found,
    footer: { text: p.footer },
  };
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

function replyButtons(p: Presentation, lang: Lang, query: string, feedback: boolean): APIButtonComponent[] {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const buttons: APIButtonComponent[] = [];
  const quoteId = p.quotes.length > 0 ? encodeCustomId({ action: 'quote', lang, query }) : undefined;
  if (quoteId !== undefined) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: quoteId,
      label: t(lang, 'Show quote', '查看原文'),
      emoji: { name: '📜' },
    });
  }
  const langId = encodeCustomId({ action: 'lang', lang: other, query });
  if (langId !== undefined) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: langId,
      label: other === 'zh' ? '中文' : 'English',
      emoji: { name: '🌐' },
    });
  }
  if (feedback) {
    for (const [action, emoji, label] of [
      ['up', '👍', t(lang, 'Helpful', '有帮助')],
      ['down', '👎', t(lang, 'Not helpful', '没帮助')],
    ] as const) {
      const id = encodeCustomId({ action, lang, query });
      if (id === undefined) continue;
      buttons.push({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: id,
        label,
        emoji: { name: emoji },
      });
    }
  }
  return buttons;
}

function stepFields(p: Presentation, lang: Lang): APIEmbedField[] {
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
    name: i === 0 ? t(lang, 'Calculation', '计算') : t(lang, 'Calculation (cont.)', '计算（续）'),
    value: `\`\`\`\n${lines.join('\n')}\n\`\`\``,
  }));
}

function listField(name: string, lines: readonly string[]): APIEmbedField[] {
  if (lines.length === 0) return [];
  return [{ name, value: truncate(lines.join('\n'), DISCORD_LIMITS.fieldValue) }];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function t(lang: Lang, en: string, zh: string): string {
  return lang === 'en' ? en : zh;
}
