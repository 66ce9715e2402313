import { join } from 'node:path';
import { type APIEmbed, InteractionResponseType } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/discord/createRouter.js';
import { DISCORD_LIMITS, lengthOf } from '../../src/discord/discordLimits.js';
import { findNumbers, parseAmount } from '../../src/engine/amounts.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { silentLogger } from '../../src/log/logger.js';
import { renderText } from '../../src/render/renderText.js';
import { chatInput } from '../support/interactions.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));
const route = createRouter({ engine, logger: silentLogger });

/** Text up to Discord's longest option (6,000), mixing arbitrary Unicode with the words the engine looks for. */
const question = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6000 }),
  fc.string({ unit: 'binary', maxLength: 6000 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'who',
          'uses',
          'azure',
          'AWS',
          '谁',
          '在用',
          '缺口',
          '价值',
          'H100',
          'A100',
          '/gap',
          'price:',
          '$',
          '万',
          '亿',
          'k',
          '@everyone',
          '<@123>',
          '```',
          '\n',
          ' ',
        ),
        fc.double({ noNaN: false }).map(String),
        fc.integer().map(String),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 300 },
    )
    .map((parts) => parts.join(' ').slice(0, 6000)),
);

function embedTotal(embed: APIEmbed): number {
  return [
    embed.title,
    embed.description,
    embed.footer?.text,
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]
    .map((part) => lengthOf(part ?? ''))
    .reduce((a, b) => a + b, 0);
}

describe('properties', () => {
  it('GIVEN arbitrary text up to 6,000 characters WHEN asked THEN the engine never throws and never prints NaN or Infinity', () => {
    fc.assert(
      fc.property(question, (text) => {
        const answer = engine.ask(text);
        const rendered = renderText(answer, engine.knowledge);
        expect(rendered).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN arbitrary text as /ask WHEN routed THEN the reply fits Discord limits and pings nobody', async () => {
    await fc.assert(
      fc.asyncProperty(question, async (text) => {
        const { response } = await route(chatInput('ask', { question: text }));
        expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
        if (response.type !== InteractionResponseType.ChannelMessageWithSource) return;
        const data = response.data;
        expect(data.allowed_mentions?.parse).toEqual([]);
        expect(lengthOf(data.content ?? '')).toBeLessThanOrEqual(DISCORD_LIMITS.content);
        for (const embed of data.embeds ?? []) {
          expect(embedTotal(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
          expect(lengthOf(embed.title ?? '')).toBeLessThanOrEqual(DISCORD_LIMITS.title);
          expect(lengthOf(embed.description ?? '')).toBeLessThanOrEqual(DISCORD_LIMITS.description);
          expect((embed.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
        }
        for (const row of data.components ?? []) {
          for (const component of 'components' in row ? (row.components as readonly object[]) : []) {
            if ('custom_id' in component && typeof component.custom_id === 'string') {
              expect(lengthOf(component.custom_id)).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN arbitrary amounts WHEN parsed THEN the result is a finite number or nothing', () => {
    const amount = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .tuple(
          fc.constantFrom('', '$', 'US$'),
          fc.double().map(String),
          fc.constantFrom('', 'k', 'K', 'm', 'M', 'b', '万', '亿', '千', ' 美元', 'e308'),
        )
        .map((p) => p.join('')),
      fc.stringMatching(/^[$]?[0-9,.]{0,30}(e[0-9]{1,4})?[kmb万亿]?$/),
    );
    fc.assert(
      fc.property(amount, (raw) => {
        const value = parseAmount(raw);
        if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
        for (const mention of findNumbers(raw)) expect(Number.isFinite(mention.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN arbitrary prices and counts as command text WHEN asked THEN the answer is a number, an error, never NaN', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double().map(String), fc.string({ maxLength: 20 })), (raw) => {
        for (const command of [
          `/gap price:${raw}`,
          `/demand company:openai price:${raw}`,
          `/compare count:${raw}`,
        ]) {
          const answer = engine.ask(command);
          // An error may quote what the user typed ("Infinity" is not a number); nothing else may say it.
          expect(renderText(answer, engine.knowledge).split(raw).join('')).not.toMatch(/NaN|Infinity/);
          for (const calc of answer.calculations) expect(Number.isFinite(calc.result.value)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
