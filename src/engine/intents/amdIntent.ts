import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';
import { asksForACloud, topicScore } from './signals.js';

/** "Why not AMD?": the article's reasons buyers do not switch. */
export const amdIntent = {
  id: 'amd',
  cues: { amd: topicScore(11) },
  // ("那兩位私有雲CEO說了什麼不買AMD的理由": the reasons asked of AMD, whoever else is named.)
  patterns: [{ re: /理由|原因|\breasons?\b/u, weight: 1 }],
  needs: (s) => (s.has('amd') || s.named.some((e) => e.id === 'amd')) && !asksForACloud(s),
  // Named without the cue word ("AMD?") it is still the AMD question.
  fit: (s) => (s.has('amd') ? 0 : topicScore(11)),
  // The summary keeps the question and the two CEOs' headings but not what they said: what it has is
  // shown, and the answer counts as not found, since the article gives no reason.
  run: (ctx) => ({ ...topic(ctx, ['why-not-amd']), found: false }),
  examples: {
    en: ["Why don't people buy AMD GPUs?", 'what about AMD, can it replace nvidia?'],
    zh: ['为啥不选AMD', 'AMD 的卡能替代英伟达吗'],
  },
} as const satisfies Intent;
