import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayBot, type GatewayBot } from '../../src/bot/createGatewayBot.js';
import { createAnswerCharts } from '../../src/chart/index.js';
import { COMMANDS } from '../../src/commands/definitions.js';
import { applicationCommands } from '../../src/discord/applicationCommands.js';
import { createRouter } from '../../src/discord/createRouter.js';
import { decodeCustomId } from '../../src/discord/customId.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createRateLimiter } from '../../src/limits/tokenBucket.js';
import { silentLogger } from '../../src/log/logger.js';
import { specErrors } from '../support/discordSpec.js';
import { type RunningServer, readReply, sendSigned, startServer } from '../support/httpHarness.js';
import { autocomplete, buttonClick, chatInput, messageCommand } from '../support/interactions.js';
import { type LocalDiscord, startLocalDiscord } from '../support/localDiscord.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));
const charts = createAnswerCharts(engine.knowledge);
const CALLBACK = '/interactions/1/token/callback';

const OPTIONS: Record<string, Record<string, string | number>> = {
  ask: { question: 'which cloud does Anthropic use?' },
  'who-uses': { cloud: 'azure' },
  cloud: { company: 'openai' },
  gap: { price: 30000 },
  demand: { company: 'openai', price: 35000 },
  holdings: { company: 'meta' },
  compare: { count: 10000, workload: 'training' },
};

/** Every kind of interaction the bot answers, and the odd ones (errors, not-found, long input). */
function interactions() {
  const all = COMMANDS.flatMap((command) =>
    (['en-US', 'zh-CN'] as const).map((locale) => ({
      name: `/${command.name} (${locale})`,
      interaction: chatInput(command.name, OPTIONS[command.name] ?? {}, locale),
    })),
  );
  return [
    ...all,
    {
      name: '/cloud not found',
      interaction: chatInput('cloud', { company: '[x](https://evil.example) @everyone' }),
    },
    { name: '/gap bad price', interaction: chatInput('gap', { price: 'lots' }) },
    { name: '/ask long', interaction: chatInput('ask', { question: '缺口'.repeat(3000) }) },
    { name: 'autocomplete', interaction: autocomplete('cloud', 'company', 'anth') },
    { name: 'autocomplete empty', interaction: autocomplete('who-uses', 'cloud', '') },
    { name: 'context menu', interaction: messageCommand('按每张3万美元算，缺口价值多少？') },
    { name: 'context menu empty', interaction: messageCommand('   ') },
    { name: 'quote button', interaction: buttonClick('h1|q|en|/gap price:30000') },
    { name: 'language button', interaction: buttonClick('h1|l|zh|/demand company:meta') },
    { name: 'stale button', interaction: buttonClick('v0|x') },
  ];
}

describe("every reply over HTTP conforms to Discord's API description", () => {
  let server: RunningServer;
  let limited: RunningServer;
  beforeAll(async () => {
    server = await startServer(createRouter({ engine, logger: silentLogger, charts }), { quiet: true });
    const rateLimiter = createRateLimiter({ capacity: 1, refillPerSecond: 1 / 60 });
    limited = await startServer(createRouter({ engine, logger: silentLogger, rateLimiter }), { quiet: true });
  });
  afterAll(async () => {
    await server.close();
    await limited.close();
  });

  it.each(interactions())('$name', async ({ interaction }) => {
    const res = await sendSigned(server.port, server.keys, JSON.stringify(interaction));
    expect(res.status).toBe(200);
    const { payload } = await readReply(res);
    expect(specErrors('POST', CALLBACK, payload)).toEqual([]);
  });

  it('a reply with a chart lists its file as attachment "0"', async () => {
    const res = await sendSigned(
      server.port,
      server.keys,
      JSON.stringify(chatInput('gap', { price: 30000 })),
    );
    const { payload, files } = await readReply(res);
    expect(files).toHaveLength(1);
    expect(JSON.stringify(payload)).toContain('"attachments":[{"id":"0"');
    expect(specErrors('POST', CALLBACK, payload)).toEqual([]);
  });

  it('the rate-limit notice and the PONG conform too', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await sendSigned(limited.port, limited.keys, JSON.stringify(chatInput('supply')));
      expect(specErrors('POST', CALLBACK, (await readReply(res)).payload)).toEqual([]);
    }
    const pong = await sendSigned(
      limited.port,
      limited.keys,
      JSON.stringify({ type: 1, id: '1', token: 't' }),
    );
    expect(specErrors('POST', CALLBACK, JSON.parse(pong.text))).toEqual([]);
  });

  it('the check is live: an attachment id as a number is refused', () => {
    const errors = specErrors('POST', CALLBACK, {
      type: 4,
      data: { content: 'x', attachments: [{ id: 0, filename: 'chart.png' }] },
    });
    expect(errors.map((e) => e.path.join('.'))).toEqual(['data.attachments.0.id']);
  });
});

describe("registered commands conform to Discord's API description", () => {
  it('the deploy body (slash commands and the context menu) passes as PUT /applications/:id/commands', () => {
    const body = applicationCommands();
    expect(body.length).toBe(COMMANDS.length + 1);
    expect(specErrors('PUT', '/applications/1/commands', body)).toEqual([]);
    expect(specErrors('PUT', '/applications/1/guilds/2/commands', body)).toEqual([]);
  });
});

describe('what the gateway bot sends passes the local Discord, which checks bodies against the description', () => {
  const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.conformance-token-0123456789';
  let discord: LocalDiscord;
  let bot: GatewayBot;
  beforeAll(async () => {
    discord = await startLocalDiscord({ token: TOKEN });
    bot = createGatewayBot({
      token: TOKEN,
      apiUrl: discord.apiUrl,
      engine,
      router: createRouter({ engine, logger: silentLogger, charts }),
      logger: silentLogger,
      charts,
    });
    await bot.start();
  });
  afterAll(async () => {
    await bot?.stop();
    await discord?.close();
  });

  it('mention replies, with and without a chart, long and not found, are accepted', async () => {
    for (const content of [
      '缺口有多大？',
      'who uses azure?',
      `/cloud company:[x](https://evil.example)`,
      'x'.repeat(3000),
    ]) {
      const sent = discord.sendMessage({ content, mentionsBot: true });
      const reply = await discord.waitForRequest(discord.isReplyTo(sent), 10_000);
      expect(reply.status, content.slice(0, 40)).toBe(200);
      expect(specErrors('POST', reply.path, reply.body)).toEqual([]);
    }
  });

  it('interaction callbacks over REST, the chart and the language button included, are accepted', async () => {
    const gap = await discord.interact(
      discord.interactionCreate.chatInput({ name: 'gap', options: { price: 30000 } }),
    );
    expect(gap.files).toHaveLength(1);
    const body = gap.body as { data: { components: { components: { custom_id: string }[] }[] } };
    const langId = body.data.components
      .flatMap((row) => row.components.map((c) => c.custom_id))
      .find((id) => decodeCustomId(id)?.action === 'lang');
    expect(langId).toBeDefined();
    const click = await discord.interact(discord.interactionCreate.button({ customId: langId ?? '' }));
    expect(click.status).toBeLessThan(300);
    expect((click.body as { type: number }).type).toBe(7);
  });

  it('refuses a body that breaks the description, as Discord does', async () => {
    const res = await fetch(`${discord.apiUrl}/v10/channels/1/messages`, {
      method: 'POST',
      headers: { authorization: `Bot ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'x', attachments: [{ id: 0 }] }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('SPEC_INVALID_TYPE');
  });
});
