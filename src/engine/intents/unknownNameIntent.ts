import { notFound } from '../answers/notFound.js';
import type { Intent } from './intent.js';

/**
 * A name the article lacks ("TPUs", "Apple", "RTX 4090"): answering about something else would mislead,
 * so the bot says the article does not cover it and offers near misses.
 */
export const unknownNameIntent = {
  id: 'unknown-name',
  cues: {},
  patterns: [],
  // (A name in a clause that asks nothing is context: "我哋公司諗緊自己搭 cluster，想問下 OpenAI 要幾多張?")
  needs: (s) => s.reading.names.some((name) => s.asking.says(name, true)),
  fit: () => 4.5,
  run: (ctx, s) => {
    const name = s.reading.names.find((n) => s.asking.says(n, true));
    return name === undefined ? undefined : notFound(ctx, name, ctx.lexicon.suggest(name).slice(0, 3));
  },
  examples: {
    en: ['How many Gaudi2s does Intel want?', 'Does Apple use Azure?'],
    zh: ['Apple 用哪家云', 'Graphcore 需要多少张'],
  },
} as const satisfies Intent;
