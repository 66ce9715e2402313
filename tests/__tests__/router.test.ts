import { join } from 'node:path';
import {
  type APIEmbed,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/definitions.js';
import { createRouter } from '../../src/discord/createRouter.js';
import { decodeCustomId } from '../../src/discord/customId.js';
import { DISCORD_LIMITS, lengthOf } from '../../src/discord/discordLimits.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import type { RateLimiter } from '../../src/limits/tokenBucket.js';
import { createLogger, silentLogger } from '../../src/log/logger.js';
import { autocomplete, buttonClick, chatInput, messageCommand } from '../support/interactions.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));
const route = createRouter({ engine, logger: silentLogger });

function messageOf(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (
    response.type !== InteractionResponseType.ChannelMessageWithSource &&
    response.type !== InteractionResponseType.UpdateMessage
  ) {
    throw new Error(`expected a message response, got type ${response.type}`);
  }
  return response.data ?? {};
}

function embedText(embed: APIEmbed): string {
  return [
    embed.title,
    embed.description,
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    embed.footer?.text,
  ].join('\n');
}

function embedTotal(embed: APIEmbed): number {
  return lengthOf(embedText(embed).replace(/\n/g, ''));
}

function customIds(data: APIInteractionResponseCallbackData): string[] {
  const ids: string[] = [];
  for (const row of data.components ?? []) {
    if (!('components' in row)) continue;
    for (const component of row.components as readonly object[]) {
      if ('custom_id' in component && typeof component.custom_id === 'string') ids.push(component.custom_id);
    }
  }
  return ids;
}

describe('interaction router', () => {
  it('GIVEN /gap price:30000 in en-US WHEN routed THEN the embed shows the value, the arithmetic and the source, and pings nobody', async () => {
    const { response, files } = await route(chatInput('gap', { price: 30000 }));
    const data = messageOf(response);
    const embed = data.embeds?.[0];
    expect(embed).toBeDefined();
    const text = embedText(embed ?? {});
    expect(text).toContain('$12.96B');
    // The working is behind the Details button, not in the channel.
    expect(text).not.toContain('432,000 × $30,000 = $12.96B');
    const detailsId = customIds(data).find((id) => decodeCustomId(id)?.action === 'details') ?? '';
    const details = messageOf((await route(buttonClick(detailsId))).response);
    expect(details.flags).toBe(MessageFlags.Ephemeral);
    expect(embedText(details.embeds?.[0] ?? {})).toContain('432,000 × $30,000 = $12.96B');
    expect(embed?.footer?.text).toContain('GPU Utils');
    expect(embed?.footer?.text).toContain('mid-2023');
    expect(data.allowed_mentions?.parse).toEqual([]);
    expect(data.flags).toBeUndefined();
    expect(files).toEqual([]);
  });

  it('GIVEN /who-uses azure in zh-CN WHEN routed THEN the reply is in Chinese', async () => {
    const data = messageOf((await route(chatInput('who-uses', { cloud: 'azure' }, 'zh-CN'))).response);
    const text = embedText(data.embeds?.[0] ?? {});
    expect(text).toContain('OpenAI');
    expect(text).toMatch(/谁在用|使用/);
    expect(text).toContain('截至2023年年中');
  });

  it('GIVEN /ask with a Chinese question in an en-US client WHEN routed THEN the reply follows the question, with 万 numbers', async () => {
    const data = messageOf(
      (await route(chatInput('ask', { question: '按每张3万美元算，缺口价值多少？' }))).response,
    );
    expect(embedText(data.embeds?.[0] ?? {})).toContain('129.6亿美元');
  });

  it('GIVEN a price of 0 WHEN routed THEN an ephemeral message says what is wrong', async () => {
    const data = messageOf((await route(chatInput('gap', { price: 0 }))).response);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toMatch(/price/i);
    expect(data.embeds ?? []).toEqual([]);
  });

  it('GIVEN an unknown company WHEN /cloud is routed THEN the asker alone is told the article does not say, with suggestions', async () => {
    const data = messageOf((await route(chatInput('cloud', { company: 'netflix' }))).response);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(embedText(data.embeds?.[0] ?? {})).toMatch(/does not say/i);
  });

  it('GIVEN an unanswerable /ask WHEN routed THEN it is a public "the article does not say" without numbers', async () => {
    const data = messageOf(
      (await route(chatInput('ask', { question: 'what will the weather be tomorrow?' }))).response,
    );
    const embed = data.embeds?.[0] ?? {};
    expect(data.flags).toBeUndefined();
    expect(embed.description).toMatch(/does not/i);
    expect(embed.description).not.toMatch(/\d{2,}/);
  });

  it('GIVEN @everyone inside a question WHEN routed THEN mentions stay disabled', async () => {
    const data = messageOf(
      (await route(chatInput('ask', { question: '@everyone who uses azure?' }))).response,
    );
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('GIVEN every command WHEN routed in both locales THEN each reply is a message inside Discord limits', async () => {
    const samples: Record<string, Record<string, string | number>> = {
      ask: { question: 'which cloud does Anthropic use?' },
      'who-uses': { cloud: 'aws' },
      cloud: { company: 'openai' },
      gap: { price: 30000, meta: '25k' },
      demand: { company: 'meta', price: 35000 },
      holdings: {},
      compare: { count: 10000, workload: 'training' },
      supply: {},
      source: {},
      topics: {},
    };
    for (const command of COMMANDS) {
      for (const locale of ['en-US', 'zh-CN', 'zh-TW'] as const) {
        const data = messageOf(
          (await route(chatInput(command.name, samples[command.name] ?? {}, locale))).response,
        );
        const embeds = data.embeds ?? [];
        expect(embeds.length, command.name).toBe(1);
        for (const embed of embeds) {
          expect(embedTotal(embed), command.name).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
          expect(lengthOf(embed.title ?? ''), command.name).toBeLessThanOrEqual(DISCORD_LIMITS.title);
          expect((embed.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
          for (const field of embed.fields ?? [])
            expect(lengthOf(field.value)).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
        }
        expect(data.allowed_mentions?.parse).toEqual([]);
      }
    }
  });

  it('GIVEN the longest answers WHEN routed THEN they fit and the footer survives', async () => {
    for (const question of ['/holdings', '/gap', '/topics', '/demand', 'who needs H100s?']) {
      const data = messageOf((await route(chatInput('ask', { question }))).response);
      const embed = data.embeds?.[0] ?? {};
      expect(embedTotal(embed), question).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      expect(lengthOf(embed.description ?? '')).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(embed.footer?.text).toContain('GPU Utils');
    }
  });

  it('GIVEN a reply WHEN its buttons are read THEN they carry the query, and the quote button answers with the article text', async () => {
    const data = messageOf((await route(chatInput('cloud', { company: 'anthropic' }))).response);
    const ids = customIds(data);
    const quote = ids.map(decodeCustomId).find((s) => s?.action === 'quote');
    const toggles = ids.map(decodeCustomId).filter((s) => s?.action === 'lang');
    expect(quote).toEqual({ action: 'quote', lang: 'en', query: '/cloud company:anthropic' });
    expect(toggles).toEqual([
      { action: 'lang', lang: 'zh-Hans', query: '/cloud company:anthropic' },
      { action: 'lang', lang: 'zh-Hant', query: '/cloud company:anthropic' },
    ]);

    const quoteId = ids.find((id) => decodeCustomId(id)?.action === 'quote') ?? '';
    const quoted = messageOf((await route(buttonClick(quoteId))).response);
    expect(quoted.flags).toBe(MessageFlags.Ephemeral);
    expect(quoted.embeds?.[0]?.description).toContain('Anthropic');
    expect(quoted.embeds?.[0]?.description).toMatch(/AWS|亚马逊/);
  });

  it('GIVEN the language button WHEN clicked THEN the same message is updated in the other language with a button back', async () => {
    const { response } = await route(buttonClick('h1|l|zh|/gap price:30000'));
    expect(response.type).toBe(InteractionResponseType.UpdateMessage);
    const data = messageOf(response);
    expect(embedText(data.embeds?.[0] ?? {})).toContain('129.6亿美元');
    expect(customIds(data).map(decodeCustomId)).toContainEqual({
      action: 'lang',
      lang: 'en',
      query: '/gap price:30000',
    });
  });

  it('GIVEN a question too long for a custom id WHEN routed THEN the quotes are shown inline instead of a quote button', async () => {
    const question = `${'Please tell me, as precisely as the article allows, '.repeat(3)}which cloud does OpenAI use?`;
    const data = messageOf((await route(chatInput('ask', { question }))).response);
    expect(customIds(data)).toEqual([]);
    const fields = data.embeds?.[0]?.fields ?? [];
    expect(fields.some((f) => f.name === 'The article says' && f.value.includes('Azure'))).toBe(true);
  });

  it('GIVEN an unknown custom id WHEN clicked THEN an ephemeral note says to ask again', async () => {
    const data = messageOf((await route(buttonClick('something-else'))).response);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('GIVEN the context-menu command on a message WHEN routed THEN the message text is asked', async () => {
    const data = messageOf((await route(messageCommand('OpenAI 用的是哪家云？'))).response);
    expect(embedText(data.embeds?.[0] ?? {})).toContain('Azure');
    const empty = messageOf((await route(messageCommand('   '))).response);
    expect(empty.flags).toBe(MessageFlags.Ephemeral);
  });

  it('GIVEN autocomplete on cloud WHEN typing "azu", "微软" or nothing THEN the best matches come first, at most 25', async () => {
    const choices = async (
      command: string,
      option: string,
      value: string,
      locale: 'en-US' | 'zh-CN' = 'en-US',
    ) => {
      const { response } = await route(autocomplete(command, option, value, locale));
      if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult)
        throw new Error('not autocomplete');
      return response.data.choices ?? [];
    };
    expect((await choices('who-uses', 'cloud', 'azu'))[0]?.value).toBe('azure');
    expect((await choices('who-uses', 'cloud', '微软'))[0]?.value).toBe('azure');
    expect((await choices('cloud', 'company', 'coreweav'))[0]?.value).toBe('coreweave');
    const empty = await choices('who-uses', 'cloud', '');
    expect(empty.map((c) => c.value)).toEqual(
      expect.arrayContaining(['azure', 'aws', 'google-cloud', 'oracle', 'coreweave', 'lambda']),
    );
    expect(
      empty.every((c) =>
        ['azure', 'aws', 'google-cloud', 'oracle', 'coreweave', 'lambda'].includes(String(c.value)),
      ),
    ).toBe(true);
    const companies = await choices('cloud', 'company', '');
    expect(companies.length).toBeGreaterThan(0);
    expect(companies.length).toBeLessThanOrEqual(25);
    expect((await choices('who-uses', 'cloud', '', 'zh-CN'))[0]?.name).toMatch(/\p{Script=Han}/u);
  });

  it('GIVEN a rate limiter that refuses WHEN a command is routed THEN the user is asked to slow down, ephemerally', async () => {
    const refuse: RateLimiter = { take: () => ({ ok: false, retryAfterSeconds: 2.2 }), size: () => 1 };
    const limited = createRouter({ engine, logger: silentLogger, rateLimiter: refuse });
    const data = messageOf((await limited(chatInput('gap'))).response);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toContain('3 s');
  });

  it('GIVEN a failing chart provider WHEN routed THEN the error is logged with the command and user, and the user gets an apology', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    const broken = createRouter({
      engine,
      logger,
      charts: () => {
        throw new Error('chart exploded');
      },
    });
    const data = messageOf((await broken(chatInput('gap', { price: 30000 }))).response);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toMatch(/sorry/i);
    const record = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(record).toMatchObject({ level: 'error', command: 'gap', userId: '200000000000000001' });
    expect(JSON.stringify(record)).toContain('chart exploded');
  });

  it('GIVEN a chart provider WHEN a gap answer is routed THEN the chart is attached and shown as the embed image', async () => {
    const png = Buffer.from('fake-png');
    const withCharts = createRouter({
      engine,
      logger: silentLogger,
      charts: () => ({ name: 'chart.png', data: png, contentType: 'image/png' }),
    });
    const { response, files } = await withCharts(chatInput('gap'));
    const data = messageOf(response);
    expect(files).toHaveLength(1);
    expect(data.attachments).toEqual([{ id: '0', filename: 'chart.png' }]);
    expect(data.embeds?.[0]?.image?.url).toBe('attachment://chart.png');
  });
});
