import { gap } from '../answers/gap.js';
import type { Intent } from './intent.js';
import { scenarioOf, topicScore } from './signals.js';

/** "Summarise the article", "tl;dr": its headline figures, the gap and what it is worth. */
export const summaryIntent = {
  id: 'summary',
  cues: { summary: topicScore(13) },
  patterns: [],
  needs: (s) => s.has('summary') && s.named.length === 0,
  run: (ctx, s) => gap(ctx, { scenario: scenarioOf(s), focus: 'gap' }),
  examples: {
    en: ['tl;dr of the article?', 'give me a summary of the H100 situation'],
    zh: ['总结一下这篇文章', '给我个摘要'],
  },
} as const satisfies Intent;
