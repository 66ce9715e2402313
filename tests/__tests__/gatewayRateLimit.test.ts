import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayBot, type GatewayBot } from '../../src/bot/createGatewayBot.js';
import { createRouter } from '../../src/discord/createRouter.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createRateLimiter } from '../../src/limits/tokenBucket.js';
import { silentLogger } from '../../src/log/logger.js';
import { type LocalDiscord, type RecordedRequest, startLocalDiscord } from '../support/localDiscord.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.limit-secret-token-0123456789';

describe('the per-user rate limit on the gateway', () => {
  let discord: LocalDiscord;
  let bot: GatewayBot;

  beforeAll(async () => {
    discord = await startLocalDiscord({ token: TOKEN });
    const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));
    // Two questions, then one more every 10 minutes: the third in a row must be refused.
    const rateLimiter = createRateLimiter({ capacity: 2, refillPerSecond: 1 / 600 });
    const router = createRouter({ engine, logger: silentLogger, rateLimiter });
    bot = createGatewayBot({
      token: TOKEN,
      apiUrl: discord.apiUrl,
      engine,
      router,
      logger: silentLogger,
      rateLimiter,
    });
    await bot.start();
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.close();
  });

  it('GIVEN a user over the limit WHEN they mention the bot or run a command THEN they are asked to slow down, with the wait', async () => {
    const replies: RecordedRequest[] = [];
    for (const content of ['who uses azure?', 'who uses aws?', 'who uses oracle?']) {
      const sent = discord.sendMessage({ content, mentionsBot: true });
      replies.push(await discord.waitForRequest(discord.isReplyTo(sent)));
    }
    const texts = replies.map((r) => JSON.stringify(r.body));
    expect(texts[0]).toContain('OpenAI');
    expect(texts[1]).toContain('Anthropic');
    expect(texts[2]).toMatch(/Slow down a little: try again in \d+ s/);
    expect(texts[2]).not.toContain('xAI');

    const command = await discord.interact(discord.interactionCreate.chatInput({ name: 'gap' }));
    const data = (command.body as { data: { flags?: number; content?: string } }).data;
    expect(data.flags).toBe(64);
    expect(data.content).toMatch(/try again in \d+ s/);
  });
});
