import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/createApp.js';
import { createGatewayBot, type GatewayBot } from '../../src/bot/createGatewayBot.js';
import { decodeCustomId } from '../../src/discord/customId.js';
import { DISCORD_LIMITS, lengthOf } from '../../src/discord/discordLimits.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { silentLogger } from '../../src/log/logger.js';
import { ATTACKS, echoedParts, liveMarkup } from '../support/inertChecks.js';
import { type LocalDiscord, type RecordedRequest, startLocalDiscord } from '../support/localDiscord.js';

/*
 * What a reply's buttons carry, seen as Discord sees it: the gateway bot answers through the local
 * Discord, each button's custom id is read from the callback Discord received, and clicking it is
 * an interaction Discord sends back with that id.
 */
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.button-payloads-token-0123456789';

interface Message {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
  }[];
  components?: { components: { custom_id?: string }[] }[];
}

function messageOf(callback: RecordedRequest): Message {
  return (callback.body as { data?: Message }).data ?? {};
}

function typeOf(callback: RecordedRequest): number {
  return (callback.body as { type: number }).type;
}

function shown(message: Message): string {
  return [
    message.content ?? '',
    ...(message.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ]),
  ].join('\n');
}

function customIds(message: Message): string[] {
  return (message.components ?? []).flatMap((row) => row.components.flatMap((c) => c.custom_id ?? []));
}

/** Every id inert and within Discord's limit; returns them. */
function expectInertIds(message: Message): string[] {
  const ids = customIds(message);
  for (const id of ids) {
    expect(liveMarkup(id), id).toEqual([]);
    expect(id).not.toContain('https://');
    expect(id).not.toMatch(/@(everyone|here)|<[@#/]/);
    expect(lengthOf(id)).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  }
  return ids;
}

describe('button payloads through the local Discord', () => {
  let discord: LocalDiscord;
  let bot: GatewayBot;

  beforeAll(async () => {
    discord = await startLocalDiscord({ token: TOKEN });
    const app = createApp(loadKnowledge(join(import.meta.dirname, '../../knowledge')), {
      logger: silentLogger,
      ratePerMinute: 0,
    });
    bot = createGatewayBot({ token: TOKEN, apiUrl: discord.apiUrl, logger: silentLogger, ...app });
    await bot.start();
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.close();
  });

  it.each(Object.entries(ATTACKS))(
    'GIVEN /ask with the %s attack WHEN answered THEN its buttons carry it inert, and the language button re-renders it inert',
    async (_name, attack) => {
      // Short enough that the query fits a custom id, so the reply has its language buttons.
      const question = `/cloud company:${attack.slice(0, 45)}`;
      const asked = await discord.interact(
        discord.interactionCreate.chatInput({ name: 'ask', options: { question } }),
      );
      const ids = expectInertIds(messageOf(asked));
      const langId = ids.find((id) => decodeCustomId(id)?.action === 'lang');
      expect(langId, ids.join(', ')).toBeDefined();
      // The click asks what the user asked, markup and all, on one line.
      expect(decodeCustomId(langId ?? '')?.query).toBe(question.replace(/\s+/g, ' ').trim());

      const clicked = await discord.interact(discord.interactionCreate.button({ customId: langId ?? '' }));
      expect(typeOf(clicked)).toBe(7);
      const reply = messageOf(clicked);
      expect(shown(reply)).toMatch(/\p{Script=Han}/u);
      const echoes = echoedParts(shown(reply));
      expect(echoes.length).toBeGreaterThan(0);
      for (const echo of echoes) expect(liveMarkup(echo), echo).toEqual([]);
      expectInertIds(reply);
    },
  );

  it('GIVEN a question with markdown characters WHEN switched to Chinese and back THEN the answer is the one first given', async () => {
    const question = 'who uses *azure* | [the cloud]?';
    const asked = messageOf(
      await discord.interact(discord.interactionCreate.chatInput({ name: 'ask', options: { question } })),
    );
    const toChinese = expectInertIds(asked).find((id) => decodeCustomId(id)?.action === 'lang') ?? '';
    const chinese = messageOf(
      await discord.interact(discord.interactionCreate.button({ customId: toChinese })),
    );
    expect(shown(chinese)).toMatch(/\p{Script=Han}/u);
    const toEnglish = expectInertIds(chinese).find((id) => decodeCustomId(id)?.lang === 'en') ?? '';
    const english = messageOf(
      await discord.interact(discord.interactionCreate.button({ customId: toEnglish })),
    );
    expect(shown(english)).toContain('OpenAI');
    expect(shown(english)).toBe(shown(asked));
  });
});
