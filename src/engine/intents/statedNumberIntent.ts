import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';
import { statesANumber } from './signals.js';

/** "What does the 15 billion figure refer to?": the facts that state a number the question names. */
export const statedNumberIntent = {
  id: 'stated-number',
  cues: {},
  patterns: [
    {
      re: /\bfigure\b|\bnumber\b|\brefer|\bmean|\bstand for\b|指的是|是什么意思|什么数|这个数/u,
      weight: 1.2,
    },
  ],
  needs: (s, ctx) => s.named.length === 0 && ctx.kb.facts.some(statesANumber(s)),
  fit: () => 0.7,
  run: (ctx, s) => {
    const stating = ctx.kb.facts.find(statesANumber(s));
    return stating === undefined ? undefined : topic(ctx, [stating.topic], undefined, statesANumber(s));
  },
  examples: {
    en: ['What does the 15 billion figure refer to?', 'what is that 1,000+ number about?'],
    zh: ['150亿指的是什么', '文章里的150亿是什么数'],
  },
} as const satisfies Intent;
