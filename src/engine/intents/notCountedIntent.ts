import { topic } from '../answers/topic.js';
import { articleFigures } from '../articleFigures.js';
import type { Intent } from './intent.js';
import { asksForACloud, topicScore } from './signals.js';

/** "What about Chinese companies?", "百度呢": the demand the article says its total leaves out. */
export const notCountedIntent = {
  id: 'not-counted',
  cues: { china: topicScore(10) },
  patterns: [],
  needs: (s, ctx) => {
    const left = articleFigures(ctx.kb).notCounted;
    return (s.has('china') || [...s.named, ...s.gpus].some((e) => left.has(e.id))) && !asksForACloud(s);
  },
  fit: (s) => (s.has('china') ? 0 : topicScore(10)),
  run: (ctx, s) => {
    const left = articleFigures(ctx.kb).notCounted;
    return topic(
      ctx,
      ['not-counted'],
      s.named.find((e) => left.has(e.id)),
    );
  },
  examples: {
    en: ['What about Chinese companies like Baidu?', 'what do chinese companies buy instead'],
    zh: ['中国公司用什么GPU', '字节跳动的需求呢'],
  },
} as const satisfies Intent;
