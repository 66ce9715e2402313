import { topic } from '../answers/topic.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';
import { cueAsked, topicScore } from './signals.js';

/** Source words that name the article as where something is said, not ask about it. */
const ATTRIBUTION: ReadonlySet<string> = new Set(['article', '文章']);
/** Cue groups of a question about what the article says. */
const OTHER_TOPICS = [
  'compare',
  'training',
  'inference',
  'foundry',
  'supply',
  'gap',
  'amd',
  'factors',
] as const;

function attributionOnly(s: Slots): boolean {
  return (s.reading.cueWords.get('source') ?? []).every((w) => ATTRIBUTION.has(w));
}

/** "Where is this data from?", "这篇文章的出处": the article, its author and its date. */
export const sourceIntent = {
  id: 'source',
  cues: { source: topicScore(12), whereFrom: topicScore(12) },
  patterns: [],
  // "Where does OpenAI get its GPUs?" asks for a cloud; "where is this from?" for the source. A question
  // about a figure ("does the article give Meta's demand?") is about the figure.
  // ("the training speedup the article gives": "article" only says where another answer comes from.)
  needs: (s) =>
    s.named.length === 0 &&
    // (A source word of its own counts them only where the message asks: "想引用這篇,不過要找原文。出處是
    // 哪裡?" — the 要 of the context wants nothing; "the article mentions chinese companies needing H800s.
    // which ones?" names the article only as where it is said.)
    !(['demand', 'holdings', 'value', 'howMany', 'cloud'] as const).some((c) =>
      attributionOnly(s) ? s.has(c) : cueAsked(s, c),
    ) &&
    !(attributionOnly(s) && s.has(...OTHER_TOPICS)) &&
    (s.has('source') || s.has('whereFrom')),
  // ("這篇中文摘要是哪裡來的": where the summary comes from, not a summary, is asked.)
  fit: (s) => (cueAsked(s, 'whereFrom') && s.gpus.length === 0 ? 0.5 : 0),
  run: (ctx) => topic(ctx, ['source']),
  examples: {
    en: ['Where is this data from?', 'who wrote this article?'],
    zh: ['这篇文章的出处是哪里', '数据来源是什么'],
  },
} as const satisfies Intent;
