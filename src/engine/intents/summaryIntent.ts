import { gap } from '../answers/gap.js';
import type { Intent } from './intent.js';
import { scenarioOf, topicScore } from './signals.js';

/** "Summarise the article", "tl;dr": its headline figures, the gap and what it is worth. */
export const summaryIntent = {
  id: 'summary',
  cues: { summary: topicScore(13) },
  // "Which outlet published this summary?" asks where the summary comes from, not for it.
  patterns: [{ re: /\bpublish|\boutlet\b|\bwho wrote\b|\bwritten by\b|\bwhich (?:site|website|media)\b|发布|發布|发表|發表|媒体|媒體|谁写|誰寫|出处|出處/u, weight: -1.5 }],
  needs: (s) => s.has('summary') && s.named.length === 0,
  run: (ctx, s) => gap(ctx, { scenario: scenarioOf(s), focus: 'gap' }),
  examples: {
    en: ['tl;dr of the article?', 'give me a summary of the H100 situation'],
    zh: ['总结一下这篇文章', '给我个摘要'],
  },
} as const satisfies Intent;
