import { join } from 'node:path';
import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { benchAdversarial } from '../../src/bench/adversarialBench.js';
import { ADVERSARIAL_LENGTH, adversarialCorpus } from '../../src/bench/adversarialCorpus.js';
import { createRouter } from '../../src/discord/createRouter.js';
import { lengthOf } from '../../src/discord/discordLimits.js';
import { validateInteraction } from '../../src/discord/validateInteraction.js';
import { createEngine, type Engine } from '../../src/engine/createEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { INPUT_LIMITS } from '../../src/limits/inputLimits.js';
import { silentLogger } from '../../src/log/logger.js';
import { specErrors } from '../support/discordSpec.js';
import { autocomplete, chatInput, messageCommand } from '../support/interactions.js';

const engine = createEngine(loadKnowledge(join(import.meta.dirname, '../../knowledge')));
const corpus = adversarialCorpus();
const FIRST_PART = new RegExp(`first ${INPUT_LIMITS.question} characters|前 ${INPUT_LIMITS.question} 个字符`);

/** The engine, remembering the longest text any call was given. */
function boundedEngine(): { engine: Engine; longest: () => number } {
  let longest = 0;
  const note = (text: string) => {
    longest = Math.max(longest, lengthOf(text));
  };
  return {
    longest: () => longest,
    engine: {
      ...engine,
      ask: (text) => {
        note(text);
        return engine.ask(text);
      },
      suggest: (query, kinds, limit) => {
        note(query);
        return engine.suggest(query, kinds, limit);
      },
    },
  };
}

function messageOf(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) {
    throw new Error(`expected a message, got type ${response.type}`);
  }
  return response.data ?? {};
}

describe('the adversarial corpus', () => {
  it('holds distinct inputs of exactly 6,000 characters each', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
    for (const { name, text } of corpus) expect(lengthOf(text), name).toBe(ADVERSARIAL_LENGTH);
    expect(new Set(corpus.map((c) => c.text)).size).toBe(corpus.length);
  });

  it.each(corpus)(
    '$name reaches the engine bounded through every entry point, and gets a reply Discord accepts',
    async ({ text }) => {
      const spy = boundedEngine();
      const route = createRouter({ engine: spy.engine, logger: silentLogger });
      const asked = await route(chatInput('ask', { question: text }));
      expect(messageOf(asked.response).content).toMatch(FIRST_PART);
      const menu = await route(messageCommand(text));
      expect(messageOf(menu.response).content).toMatch(FIRST_PART);
      const option = await route(chatInput('holdings', { company: text }));
      const typed = await route(autocomplete('cloud', 'company', text));
      expect(typed.response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      for (const reply of [asked, menu, option, typed]) {
        expect(specErrors('POST', '/interactions/1/t/callback', reply.response)).toEqual([]);
      }
      expect(spy.longest()).toBeLessThanOrEqual(INPUT_LIMITS.question);
    },
  );

  it('an option value longer than Discord allows is refused as malformed before anything reads it', () => {
    const check = validateInteraction(autocomplete('cloud', 'company', 'a'.repeat(6001)));
    expect(check).toEqual({ ok: false, reason: expect.stringContaining('data.options.0.value') });
    expect(validateInteraction(autocomplete('cloud', 'company', 'a'.repeat(6000))).ok).toBe(true);
  });

  it('benchAdversarial times ask and suggest on each input', () => {
    const timings = benchAdversarial(engine, [{ name: 'short', text: 'who uses azure?' }], 2);
    expect(timings).toEqual([{ name: 'short', askMs: expect.any(Number), suggestMs: expect.any(Number) }]);
    expect(timings[0]?.askMs).toBeGreaterThan(0);
  });
});
