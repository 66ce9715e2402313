import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/createApp.js';
import { createGatewayBot, type GatewayBot } from '../../src/bot/createGatewayBot.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { silentLogger } from '../../src/log/logger.js';
import { type RunningServer, readReply, sendSigned, startServer } from '../support/httpHarness.js';
import { type InteractionPayload, type LocalDiscord, startLocalDiscord } from '../support/localDiscord.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.parity-secret-token-0123456789';

describe('the gateway and the HTTP endpoint', () => {
  let discord: LocalDiscord;
  let bot: GatewayBot;
  let http: RunningServer;

  beforeAll(async () => {
    discord = await startLocalDiscord({ token: TOKEN });
    const app = createApp(loadKnowledge(join(import.meta.dirname, '../../knowledge')), {
      logger: silentLogger,
      ratePerMinute: 0,
    });
    bot = createGatewayBot({ token: TOKEN, apiUrl: discord.apiUrl, logger: silentLogger, ...app });
    await bot.start();
    http = await startServer(app.router, { quiet: true });
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.close();
    await http?.close();
  });

  it('GIVEN the same interaction both ways WHEN answered THEN the reply data and files are identical', async () => {
    const payloads: InteractionPayload[] = [
      discord.interactionCreate.chatInput({ name: 'gap', options: { price: 30000 } }),
      discord.interactionCreate.chatInput({
        name: 'cloud',
        options: { company: 'anthropic' },
        locale: 'zh-CN',
      }),
      discord.interactionCreate.chatInput({ name: 'ask', options: { question: 'OpenAI 用的是哪家云？' } }),
      discord.interactionCreate.chatInput({ name: 'holdings', options: { company: 'meta' } }),
      discord.interactionCreate.chatInput({ name: 'gap', options: { price: 0 } }),
      discord.interactionCreate.autocomplete({
        name: 'who-uses',
        options: { cloud: 'azu' },
        focused: 'cloud',
      }),
      discord.interactionCreate.messageContext({
        name: 'Ask the H100 bot',
        target: { content: 'who uses azure?' },
      }),
      discord.interactionCreate.button({ customId: 'h1|q|en|/cloud company:anthropic' }),
      discord.interactionCreate.button({ customId: 'h1|l|zh|/gap price:30000' }),
    ];
    for (const payload of payloads) {
      const viaGateway = await discord.interact(payload, 10_000);
      const viaHttp = await readReply(await sendSigned(http.port, http.keys, JSON.stringify(payload)));
      const label = String(payload.data?.name ?? payload.data?.custom_id);
      expect(viaHttp.payload, label).toEqual(viaGateway.body);
      expect(
        viaHttp.files.map((f) => f.bytes.toString('base64')),
        label,
      ).toEqual(viaGateway.files.map((f) => f.bytes.toString('base64')));
    }
  });
});
