import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';
import { topicScore } from './signals.js';

/** "Where is this data from?", "这篇文章的出处": the article, its author and its date. */
export const sourceIntent = {
  id: 'source',
  cues: { source: topicScore(12), whereFrom: topicScore(12) },
  patterns: [],
  // "Where does OpenAI get its GPUs?" asks for a cloud; "where is this from?" for the source. A question
  // about a figure ("does the article give Meta's demand?") is about the figure.
  needs: (s) =>
    s.named.length === 0 &&
    !s.has('demand', 'holdings', 'value', 'howMany', 'cloud') &&
    (s.has('source') || s.has('whereFrom')),
  run: (ctx) => topic(ctx, ['source']),
  examples: {
    en: ['Where is this data from?', 'who wrote this article?'],
    zh: ['这篇文章的出处是哪里', '数据来源是什么'],
  },
} as const satisfies Intent;
