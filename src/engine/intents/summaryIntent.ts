import { gap } from '../answers/gap.js';
import type { Intent } from './intent.js';
import { namedWhereAsked, scenarioOf, topicScore } from './signals.js';

const PUBLISHED =
  /\bpublish|\boutlet\b|\bbased on\b|\boriginal\b|原文|英文|\bwho wrote\b|\bwritten by\b|\bwhich (?:site|website|media)\b|发布|發布|发表|發表|发的|發的|媒体|媒體|谁写|誰寫|出处|出處/u;

/** One section named ("the 'who supplies' part", "那一节"): its own topic answers, not the whole article's. */
const SECTION = /\b(?:section|part|bit|chapter|paragraph)\b|那段|这段|那节|这节|部分|一节|章节|段落/u;

/** Cues that name a section's topic. */
const SECTION_TOPICS = [
  'supply',
  'whoNeeds',
  'holdings',
  'demand',
  'cloud',
  'foundry',
  'prefer',
  'factors',
  'amd',
] as const;

/** "Summarise the article", "tl;dr": its headline figures, the gap and what it is worth. */
export const summaryIntent = {
  id: 'summary',
  cues: { summary: topicScore(13) },
  // "Which outlet published this summary?" asks where the summary comes from, not for it.
  patterns: [],
  // (A name in the context before it, "家里人问我为什么英伟达股票涨这么多…讲讲这篇文章在说啥", is not what
  // is summarised.)
  needs: (s) => s.has('summary') && namedWhereAsked(s).length === 0 && !PUBLISHED.test(s.reading.text),
  fit: (s) => (SECTION.test(s.reading.text) && SECTION_TOPICS.some((c) => s.has(c)) ? -1.5 : 0),
  run: (ctx, s) => gap(ctx, { scenario: scenarioOf(s), focus: 'gap' }),
  examples: {
    en: ['tl;dr of the article?', 'give me a summary of the H100 situation'],
    zh: ['总结一下这篇文章', '给我个摘要'],
  },
} as const satisfies Intent;
