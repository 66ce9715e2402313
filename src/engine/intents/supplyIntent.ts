import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';
import { asksWhy, cueAsked, topicScore } from './signals.js';

/** "What's the bottleneck?", "why is the H100 so scarce?": what limits supply, and who makes it. */
export const supplyIntent = {
  id: 'supply',
  cues: { supply: topicScore(4), foundry: -1 },
  // ("H100缺货的瓶颈到底卡在哪一环": where the shortage is stuck asks what limits supply, not its size.)
  patterns: [{ re: /瓶颈|卡在哪|卡脖子|\bbottlenecks?\b|\bchoke ?points?\b/u, weight: 0.5 }],
  // (A supply word in the chatter before the question, "the cloud giants are eating all the supply.
  // … how many does each big cloud need?", asks nothing of supply.)
  needs: (s) => cueAsked(s, 'supply') || (s.has('gap') && asksWhy(s)),
  // "Why is there a shortage?" is answered by what limits supply, not by the size of the gap.
  fit: (s) => (s.has('gap') && asksWhy(s) ? topicScore(8) : 0),
  run: (ctx) => topic(ctx, ['supply', 'foundry']),
  examples: {
    en: ["What's the bottleneck for H100s?", 'Why is there an H100 shortage?'],
    zh: ['H100 的瓶颈在哪里', '为什么H100这么缺'],
  },
} as const satisfies Intent;
