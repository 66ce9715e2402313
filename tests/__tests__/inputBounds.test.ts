import { join } from 'node:path';
import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
} from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OptionDefinition } from '../../src/commands/commandDefinition.js';
import { COMMANDS } from '../../src/commands/definitions.js';
import { applicationCommands } from '../../src/discord/applicationCommands.js';
import { createRouter } from '../../src/discord/createRouter.js';
import { createEngine, type Engine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { AUTOCOMPLETE_BUDGET, boundText, INPUT_LIMITS } from '../../src/limits/inputLimits.js';
import { createRateLimiter } from '../../src/limits/tokenBucket.js';
import { silentLogger } from '../../src/log/logger.js';
import { autocomplete, chatInput, messageCommand } from '../support/interactions.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));

/** The engine, recording the length of every text it is given. */
function spyEngine(): { engine: Engine; asked: number[]; suggested: number[] } {
  const asked: number[] = [];
  const suggested: number[] = [];
  return {
    asked,
    suggested,
    engine: {
      ...engine,
      ask: (text) => {
        asked.push([...text].length);
        return engine.ask(text);
      },
      suggest: (query, kinds, limit) => {
        suggested.push([...query].length);
        return engine.suggest(query, kinds, limit);
      },
    },
  };
}

function contentOf(response: APIInteractionResponse): string {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) {
    throw new Error(`expected a message, got type ${response.type}`);
  }
  return (response.data as APIInteractionResponseCallbackData).content ?? '';
}

function choicesOf(response: APIInteractionResponse): unknown[] {
  if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) {
    throw new Error(`expected autocomplete choices, got type ${response.type}`);
  }
  return response.data.choices ?? [];
}

const LONG_HAN = '缺'.repeat(6000);
const LONG_QUESTION = `which cloud does Anthropic use? ${'x'.repeat(6000)}`;

describe('command definitions bound every free-text option', () => {
  it('gives every string option without fixed choices a max_length within the input limits', () => {
    const strings = COMMANDS.flatMap((c) => {
      const options: readonly OptionDefinition[] = c.options;
      return options.map((o) => ({ command: c.name, ...o }));
    }).filter((o) => o.type === 'string' && o.choices === undefined);
    expect(strings.length).toBeGreaterThan(3);
    for (const option of strings) {
      expect(option.maxLength, `${option.command} ${option.name}`).toBeDefined();
      expect(option.maxLength).toBeLessThanOrEqual(INPUT_LIMITS.question);
    }
  });

  it('registers /ask question with max_length 500', () => {
    const ask = applicationCommands().find((c) => c.name === 'ask');
    expect(JSON.stringify(ask)).toContain(`"max_length":${INPUT_LIMITS.question}`);
  });
});

describe('the engine reads what the entry points pass, and no more', () => {
  it('reads a question of 500 code points whole, however many UTF-16 units its emoji take', () => {
    const question = `${'😀'.repeat(INPUT_LIMITS.question - 40)} which cloud does Anthropic use?`;
    expect(Array.from(question).length).toBeLessThanOrEqual(INPUT_LIMITS.question);
    expect(question.length).toBeGreaterThan(INPUT_LIMITS.question);
    expect(engine.ask(question).related.map((e) => e.id)).toContain('aws');
  });

  it('does not read past 500 code points when a caller passes more', () => {
    const filler = 'x '.repeat(INPUT_LIMITS.question);
    expect(engine.ask(`which cloud does Anthropic use? ${filler}`).related.map((e) => e.id)).toContain('aws');
    expect(engine.ask(`${filler} which cloud does Anthropic use?`).found).toBe(false);
  });
});

describe('free text is bounded before the engine sees it', () => {
  it('answers a 6,000-character /ask from its first 500 characters and says so', async () => {
    const spy = spyEngine();
    const route = createRouter({ engine: spy.engine, logger: silentLogger });
    const { response } = await route(chatInput('ask', { question: LONG_QUESTION }));
    expect(Math.max(...spy.asked)).toBeLessThanOrEqual(INPUT_LIMITS.question);
    expect(contentOf(response)).toContain('first 500 characters');
    expect(JSON.stringify(response)).toContain('Anthropic');
  });

  it('says it in Chinese for a Chinese question', async () => {
    const spy = spyEngine();
    const route = createRouter({ engine: spy.engine, logger: silentLogger });
    const { response } = await route(chatInput('ask', { question: LONG_HAN }, 'zh-CN'));
    expect(Math.max(...spy.asked)).toBeLessThanOrEqual(INPUT_LIMITS.question);
    expect(contentOf(response)).toContain('前 500 个字符');
  });

  it('answers a long message through the context menu from its first part and says so', async () => {
    const spy = spyEngine();
    const route = createRouter({ engine: spy.engine, logger: silentLogger });
    const { response } = await route(messageCommand(LONG_QUESTION));
    expect(Math.max(...spy.asked)).toBeLessThanOrEqual(INPUT_LIMITS.question);
    expect(contentOf(response)).toContain('first 500 characters');
  });

  it('adds no note to a question that fits', async () => {
    const route = createRouter({ engine, logger: silentLogger });
    const { response } = await route(chatInput('ask', { question: 'which cloud does Anthropic use?' }));
    expect(JSON.stringify(response)).not.toContain('first 500');
  });

  it('bounds an entity option Discord should have bounded (a command registered before max_length)', async () => {
    const spy = spyEngine();
    const route = createRouter({ engine: spy.engine, logger: silentLogger });
    await route(chatInput('cloud', { company: 'openai'.repeat(2000) }));
    await route(chatInput('ask', { question: `/cloud company:${'openai'.repeat(2000)}` }));
    expect(Math.max(...spy.asked)).toBeLessThanOrEqual(INPUT_LIMITS.question);
  });

  it('matches only the first 32 characters (the longest name) of an autocomplete value', async () => {
    const spy = spyEngine();
    const route = createRouter({ engine: spy.engine, logger: silentLogger });
    const { response } = await route(autocomplete('cloud', 'company', 'anthropic'.padEnd(500_000, ' ')));
    expect(spy.suggested).toEqual([INPUT_LIMITS.autocomplete]);
    expect(choicesOf(response).length).toBeGreaterThan(0);
  });

  it('boundText cuts on code points and reports the cut', () => {
    expect(boundText('abc', 3)).toEqual({ text: 'abc', cut: false });
    expect(boundText('abcd', 3)).toEqual({ text: 'abc', cut: true });
    expect(boundText('𝕏𝕏', 2)).toEqual({ text: '𝕏𝕏', cut: false });
    expect(boundText('𝕏𝕏𝕏', 2)).toEqual({ text: '𝕏𝕏', cut: true });
  });

  it('boundText keeps the first max code points of any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(45), (text, max) => {
        const points = Array.from(text);
        expect(boundText(text, max)).toEqual({
          text: points.slice(0, max).join(''),
          cut: points.length > max,
        });
      }),
      { numRuns: 5000 },
    );
  });
});

describe('autocomplete has a rate limit of its own', () => {
  const frozen = () => 1_700_000_000_000;

  it('answers a typing burst in full, then empty choices past the budget, without spending question tokens', async () => {
    const questions = createRateLimiter({ capacity: 1, refillPerSecond: 1 / 60, now: frozen });
    const route = createRouter({
      engine,
      logger: silentLogger,
      rateLimiter: questions,
      autocompleteLimiter: createRateLimiter({ ...AUTOCOMPLETE_BUDGET, now: frozen }),
    });
    // One keystroke each for "anthropic" typed four times over: well past any person's burst.
    for (let i = 0; i < AUTOCOMPLETE_BUDGET.capacity; i++) {
      const { response } = await route(autocomplete('cloud', 'company', 'anthropic'.slice(0, 1 + (i % 9))));
      expect(choicesOf(response).length, `keystroke ${i}`).toBeGreaterThan(0);
    }
    const over = await route(autocomplete('cloud', 'company', 'anthropic'));
    expect(choicesOf(over.response)).toEqual([]);
    // The one question token is still there.
    const asked = await route(chatInput('cloud', { company: 'anthropic' }));
    expect(JSON.stringify(asked.response)).toContain('AWS');
  });

  it('lets a person type for a minute at 8 keystrokes a second without running dry', async () => {
    let now = 1_700_000_000_000;
    const route = createRouter({
      engine,
      logger: silentLogger,
      autocompleteLimiter: createRateLimiter({ ...AUTOCOMPLETE_BUDGET, now: () => now }),
    });
    for (let i = 0; i < 8 * 60; i++) {
      now += 125;
      const { response } = await route(autocomplete('cloud', 'company', 'anthropic'.slice(0, 1 + (i % 9))));
      expect(choicesOf(response).length, `keystroke ${i}`).toBeGreaterThan(0);
    }
  });
});
