import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/createApp.js';
import { createGatewayBot, type GatewayBot } from '../../src/bot/createGatewayBot.js';
import { COMMANDS } from '../../src/commands/definitions.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createLogger } from '../../src/log/logger.js';
import { type LocalDiscord, type RecordedRequest, startLocalDiscord } from '../support/localDiscord.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.e2e-secret-token-value-0123456789';
const EPHEMERAL = 64;

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  image?: { url: string };
}
interface MessageBody {
  content?: string;
  embeds?: Embed[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  flags?: number;
  message_reference?: { message_id: string };
}

function data(request: RecordedRequest): MessageBody {
  const body = request.body as { type: number; data?: MessageBody };
  return body.data ?? {};
}

function text(message: MessageBody): string {
  return [
    message.content,
    ...(message.embeds ?? []).flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ]),
  ].join('\n');
}

function customIds(message: MessageBody): string[] {
  return (message.components ?? []).flatMap((row) =>
    row.components.flatMap((c) => (c.custom_id === undefined ? [] : [c.custom_id])),
  );
}

const OPTIONS: Record<string, Record<string, string | number>> = {
  ask: { question: 'which cloud does Anthropic use?' },
  'who-uses': { cloud: 'azure' },
  cloud: { company: 'openai' },
  gap: { price: 30000 },
  demand: { company: 'openai', price: 35000 },
  holdings: { company: 'meta' },
  compare: { count: 10000, workload: 'training' },
  supply: {},
  source: {},
  topics: {},
};

describe('the gateway bot against a local Discord', () => {
  let discord: LocalDiscord;
  let bot: GatewayBot;
  const logs: string[] = [];

  beforeAll(async () => {
    discord = await startLocalDiscord({ token: TOKEN });
    const logger = createLogger({ level: 'debug', write: (line) => logs.push(line), secrets: [TOKEN] });
    // Wired as `npm start` wires it (fonts parsed at start-up), so the first chart meets Discord's three seconds.
    const app = createApp(loadKnowledge(join(import.meta.dirname, '../../knowledge')), {
      logger,
      ratePerMinute: 0,
    });
    bot = createGatewayBot({ token: TOKEN, apiUrl: discord.apiUrl, logger, ...app });
    await bot.start();
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.close();
  });

  it('GIVEN every slash command WHEN invoked in en-US and zh-CN THEN each is answered in the reader’s language with mentions off', async () => {
    for (const command of COMMANDS) {
      for (const locale of ['en-US', 'zh-CN']) {
        const callback = await discord.interact(
          discord.interactionCreate.chatInput({
            name: command.name,
            options: OPTIONS[command.name] ?? {},
            locale,
          }),
        );
        expect(callback.status, `${command.name} ${locale}`).toBe(204);
        expect((callback.body as { type: number }).type).toBe(4);
        const message = data(callback);
        expect(message.allowed_mentions?.parse, command.name).toEqual([]);
        expect(message.embeds?.length, command.name).toBe(1);
        const reply = text(message);
        // /ask answers in the question's language; everything else in the client's.
        if (locale === 'zh-CN' && command.name !== 'ask')
          expect(reply, command.name).toMatch(/\p{Script=Han}/u);
        if (locale === 'en-US') expect(reply, command.name).toContain('as of mid-2023');
      }
    }
  });

  it('GIVEN /gap price:30000 WHEN invoked THEN the reply shows the value and its arithmetic', async () => {
    const callback = await discord.interact(
      discord.interactionCreate.chatInput({ name: 'gap', options: { price: 30000 } }),
    );
    expect(text(data(callback))).toContain('$12.96B');
    // The arithmetic is one click away, under Details, shown to the clicker alone.
    const detailsId = customIds(data(callback)).find((id) => id.startsWith('h1|d|')) ?? '';
    const details = await discord.interact(discord.interactionCreate.button({ customId: detailsId }));
    expect(data(details).flags).toBe(EPHEMERAL);
    expect(text(data(details))).toContain('432,000 × $30,000 = $12.96B');
    const zh = await discord.interact(
      discord.interactionCreate.chatInput({ name: 'gap', options: { price: 30000 }, locale: 'zh-CN' }),
    );
    expect(text(data(zh))).toContain('129.6亿美元');
  });

  it('GIVEN /gap and /holdings WHEN invoked THEN the chart PNG reaches Discord with the reply and the embed shows it', async () => {
    for (const [name, options, locale] of [
      ['gap', { price: 30000 }, 'en-US'],
      ['demand', { company: 'openai' }, 'zh-CN'],
      ['holdings', { company: 'azure' }, 'en-US'],
    ] as const) {
      const callback = await discord.interact(
        discord.interactionCreate.chatInput({ name, options, locale }),
        10_000,
      );
      expect(callback.multipart, name).toBe(true);
      const [file] = callback.files;
      expect(file?.contentType).toBe('image/png');
      expect(file?.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      const message = data(callback);
      expect(message.embeds?.[0]?.image?.url).toBe(`attachment://${file?.name}`);
    }
  });

  it('GIVEN a mention asking about the gap WHEN answered THEN the reply message carries the chart too', async () => {
    const sent = discord.sendMessage({ content: '缺口有多大？', mentionsBot: true });
    const reply = await discord.waitForRequest(discord.isReplyTo(sent), 10_000);
    expect(reply.multipart).toBe(true);
    expect(reply.files[0]?.contentType).toBe('image/png');
    expect(reply.status).toBe(200);
  });

  it('GIVEN autocomplete on cloud WHEN typing "azu" THEN Azure is the first of at most 25 choices', async () => {
    const callback = await discord.interact(
      discord.interactionCreate.autocomplete({
        name: 'who-uses',
        options: { cloud: 'azu' },
        focused: 'cloud',
      }),
    );
    const body = callback.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices[0]?.value).toBe('azure');
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    const zh = await discord.interact(
      discord.interactionCreate.autocomplete({
        name: 'cloud',
        options: { company: '微软' },
        focused: 'company',
        locale: 'zh-CN',
      }),
    );
    expect((zh.body as typeof body).data.choices[0]?.value).toBe('azure');
  });

  it('GIVEN a mention in a guild channel WHEN it asks in Chinese THEN the bot replies to that message in Chinese', async () => {
    const sent = discord.sendMessage({ content: '谁用 AWS? @everyone', mentionsBot: true });
    const reply = await discord.waitForRequest(discord.isReplyTo(sent));
    const body = reply.body as MessageBody;
    expect(reply.status).toBe(200);
    expect(body.message_reference?.message_id).toBe(sent.id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(text(body)).toContain('Anthropic');
    expect(text(body)).toMatch(/使用|在用/);
  });

  it('GIVEN a guild message without a mention and a DM WHEN they arrive THEN only the DM is answered', async () => {
    const ignored = discord.sendMessage({
      content: 'who uses azure?',
      mentionsBot: false,
      author: { id: '222222222222222222', username: 'other' },
    });
    const dm = discord.sendMessage({ content: 'which cloud does OpenAI use?', dm: true });
    const reply = await discord.waitForRequest(discord.isReplyTo(dm));
    expect(reply.path).toBe(`/channels/${dm.channel_id}/messages`);
    expect(text(reply.body as MessageBody)).toContain('Azure');
    // The DM's reply came after the guild message was handled, so a reply to it would be there by now.
    expect(discord.requests.filter(discord.isReplyTo(ignored))).toEqual([]);
  });

  it('GIVEN the context-menu command on a message WHEN used THEN the message text is answered', async () => {
    const callback = await discord.interact(
      discord.interactionCreate.messageContext({
        name: 'Ask the H100 bot',
        target: { content: 'OpenAI 用的是哪家云？' },
      }),
    );
    expect(text(data(callback))).toContain('Azure');
  });

  it('GIVEN a reply WHEN its quote and language buttons are clicked THEN the quote comes ephemerally and the message switches language', async () => {
    const first = await discord.interact(
      discord.interactionCreate.chatInput({ name: 'cloud', options: { company: 'anthropic' } }),
    );
    const ids = customIds(data(first));
    const quoteId = ids.find((id) => id.startsWith('h1|q|'));
    const langId = ids.find((id) => id.startsWith('h1|l|'));
    expect(quoteId).toBeDefined();
    expect(langId).toBeDefined();

    const quote = await discord.interact(discord.interactionCreate.button({ customId: quoteId ?? '' }));
    expect(data(quote).flags).toBe(EPHEMERAL);
    expect(text(data(quote))).toContain('Anthropic');

    const toggled = await discord.interact(discord.interactionCreate.button({ customId: langId ?? '' }));
    expect((toggled.body as { type: number }).type).toBe(7);
    expect(text(data(toggled))).toMatch(/\p{Script=Han}/u);
    expect(customIds(data(toggled)).some((id) => id.includes('|en|'))).toBe(true);
  });

  it('GIVEN a zh-TW client WHEN it runs /who-uses azure or asks in Traditional THEN the reply is in Traditional, its quotes as the article wrote them', async () => {
    const asked = [
      ['who-uses', { cloud: 'azure' }, 'zh-TW'],
      ['ask', { question: '誰在用微軟雲' }, 'en-US'],
      ['ask', { question: 'OpenAI 用哪家云' }, 'zh-TW'],
    ] as const;
    for (const [name, options, locale] of asked) {
      const interaction = discord.interactionCreate.chatInput({ name, options, locale });
      const callback = await discord.interact(interaction);
      const reply = text(data(callback));
      expect(reply).toMatch(/據文章/u);
      expect(reply).not.toMatch(/据文章|来源/u);
      const ids = customIds(data(callback));
      // The language buttons offer the other two languages.
      expect(ids.filter((id) => id.startsWith('h1|l|')).map((id) => id.split('|')[2])).toEqual(['en', 'zh']);
      const quoteId = ids.find((id) => id.startsWith('h1|q|')) ?? '';
      const quote = text(
        data(
          await discord.interact(discord.interactionCreate.button({ customId: quoteId, locale: 'zh-TW' })),
        ),
      );
      expect(quote).toContain('原文');
      expect(quote).toMatch(/OpenAI: Azure/);
    }
  });

  it('GIVEN the most used commands in three locales WHEN answered THEN the visible part stays under 600 characters in English and 300 in Chinese', async () => {
    for (const [name, options] of [
      ['who-uses', { cloud: 'azure' }],
      ['gap', { price: 30000 }],
      ['cloud', { company: 'anthropic' }],
      ['demand', { company: 'meta' }],
      ['holdings', {}],
      ['topics', {}],
    ] as const) {
      for (const [locale, limit] of [
        ['en-US', 600],
        ['zh-CN', 300],
        ['zh-TW', 300],
      ] as const) {
        const message = data(
          await discord.interact(discord.interactionCreate.chatInput({ name, options, locale })),
        );
        const visible = [
          message.content ?? '',
          ...(message.embeds ?? []).flatMap((e) => [
            e.title ?? '',
            e.description ?? '',
            ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
          ]),
        ].join('\n');
        expect([...visible].length, `${name} ${locale}: ${visible}`).toBeLessThan(limit);
      }
    }
  });

  it('GIVEN bad input WHEN invoked THEN the asker alone is told what is wrong', async () => {
    for (const options of [
      { name: 'gap', options: { price: 0 } },
      { name: 'cloud', options: { company: 'netflix' } },
    ]) {
      const callback = await discord.interact(discord.interactionCreate.chatInput(options));
      expect(data(callback).flags, options.name).toBe(EPHEMERAL);
    }
  });

  it('GIVEN the longest answers WHEN sent THEN Discord accepts them (its validation of embed limits passes)', async () => {
    for (const question of [
      '/holdings',
      '/topics',
      'who needs H100s and how many?',
      '/gap meta:25k',
      `${'x'.repeat(5900)} azure`,
    ]) {
      const callback = await discord.interact(
        discord.interactionCreate.chatInput({ name: 'ask', options: { question } }),
      );
      expect(callback.status, question).toBe(204);
    }
  });

  it('GIVEN the gateway closes the socket mid-session WHEN the next interaction comes THEN the bot has reconnected and answers it', async () => {
    await discord.closeSockets(4000);
    const callback = await discord.interact(discord.interactionCreate.chatInput({ name: 'source' }), 10_000);
    expect(callback.status).toBe(204);
  });

  it('GIVEN Discord invalidates the session WHEN the bot identifies again THEN it answers the next interaction', async () => {
    const identifies = discord.identifies.length;
    discord.sendInvalidSession(false);
    await expect
      .poll(() => discord.identifies.length, { timeout: 15_000, interval: 100 })
      .toBeGreaterThan(identifies);
    await discord.waitForShardReady(0, 10_000);
    const callback = await discord.interact(discord.interactionCreate.chatInput({ name: 'supply' }), 10_000);
    expect(callback.status).toBe(204);
  });

  it('GIVEN a REST 500 on a callback WHEN it persists past the retries THEN the failure is logged and the bot keeps answering', async () => {
    const interaction = discord.interactionCreate.chatInput({ name: 'gap' });
    discord.failNext(discord.isCallbackOf(interaction), 500, { message: 'boom', code: 0 }, { times: 4 });
    discord.dispatch('INTERACTION_CREATE', interaction);
    await expect
      .poll(() => logs.some((l) => l.includes('interaction callback failed') && l.includes(interaction.id)), {
        timeout: 10_000,
      })
      .toBe(true);
    const next = await discord.interact(discord.interactionCreate.chatInput({ name: 'source' }));
    expect(next.status).toBe(204);
  });

  it('GIVEN a 429 on a callback WHEN Discord asks to retry later THEN the reply still arrives', async () => {
    const interaction = discord.interactionCreate.chatInput({ name: 'topics' });
    discord.failNext(discord.isCallbackOf(interaction), 429, undefined, { retryAfter: 0.1 });
    const callback = await discord.interact(interaction, 5000);
    expect(callback.status).toBe(204);
  });

  it('GIVEN everything above WHEN the logs are read THEN the token never appears', () => {
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});
