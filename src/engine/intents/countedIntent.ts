import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';
import { INCLUSION_ASKED } from './signals.js';

/** "Does the 432k include ByteDance?": no for what the article says is not counted. */
export const countedIntent = {
  id: 'counted-check',
  cues: { china: 1.5 },
  patterns: [{ re: INCLUSION_ASKED, weight: 1.5 }],
  // ("does the article say how many h100s baidu has right now?": a count asked, which it does not give.)
  needs: (s, ctx) =>
    s.yesNo &&
    !(s.has('howMany') && s.measure === 'holdings') &&
    s.named.some((e) => ctx.kb.facts.some((f) => f.topic === 'not-counted' && f.subject === e.id)),
  fit: () => 1,
  run: (ctx, s) => {
    const entity = s.named.find((e) =>
      ctx.kb.facts.some((f) => f.topic === 'not-counted' && f.subject === e.id),
    );
    if (entity === undefined) return undefined;
    return { ...topic(ctx, ['not-counted'], entity), verdict: 'no' };
  },
  examples: {
    en: ['Does the 432k include ByteDance?', 'is baidu counted in the total?'],
    zh: ['43.2万里包括字节吗？', '腾讯算在总需求里吗'],
  },
} as const satisfies Intent;
