import { topic } from '../answers/topic.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';
import { asksForACloud, topicScore } from './signals.js';

/** The CEOs the AMD section quotes: "those private cloud CEOs", "私有云CEO". */
const CEOS = /\bceos?\b|ceo们|ceo們|首席执行官|首席執行官/u;

/** The private clouds' CEOs named: the two the AMD section quotes. */
function privateCloudCeos(s: Slots): boolean {
  return CEOS.test(s.reading.text) && s.named.some((e) => e.id === 'other-private-clouds');
}

/** Who is quoted, asked: "引用的是谁的说法", "whose words are they", "who does it quote". */
const WHO_QUOTED =
  /(?:谁|誰|边个|邊個)(?:的|嘅)(?:说法|說法|话|話|观点|觀點)|引用(?:了)?(?:的是)?(?:谁|誰|边个|邊個)|\bwho(?:'s| is| are)? (?:being )?quoted\b|\bwhose (?:words|quotes?|opinions?|views?)\b|\bwho (?:does|do) (?:it|they|the article|the summary) quote\b|\bwho (?:said|says) (?:that|it|this)\b/u;

/** "Why not AMD?": the article's reasons buyers do not switch. */
export const amdIntent = {
  id: 'amd',
  cues: { amd: topicScore(11) },
  // ("那兩位私有雲CEO說了什麼不買AMD的理由": the reasons asked of AMD, whoever else is named.)
  patterns: [{ re: /理由|原因|\breasons?\b/u, weight: 1 }],
  // (The private-cloud CEOs are quoted nowhere else: "what did those private cloud CEOs actually say".)
  needs: (s) =>
    (s.has('amd') || s.named.some((e) => e.id === 'amd') || privateCloudCeos(s)) && !asksForACloud(s),
  // Named without the cue word ("AMD?") it is still the AMD question.
  fit: (s) => (s.has('amd') ? 0 : topicScore(11)) + (privateCloudCeos(s) ? 2 : 0),
  // The summary keeps the question and the two CEOs' headings but not what they said: what it has is
  // shown, and the answer counts as not found, since the article gives no reason. Who it quotes, asked
  // ("引用的是谁的说法"), it does give: two private-cloud CEOs.
  run: (ctx, s) => ({ ...topic(ctx, ['why-not-amd']), found: WHO_QUOTED.test(s.reading.text) }),
  examples: {
    en: ["Why don't people buy AMD GPUs?", 'what about AMD, can it replace nvidia?'],
    zh: ['为啥不选AMD', 'AMD 的卡能替代英伟达吗'],
  },
} as const satisfies Intent;
