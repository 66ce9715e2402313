import { shareOfTotal } from '../answers/shareOfTotal.js';
import type { Intent } from './intent.js';
import { figureOf } from './figures.js';

/** An entity's demand as a share of §02's total. */
export const shareIntent = {
  id: 'share',
  cues: {},
  patterns: [
    {
      re: /%|\bpercent(?:age)?\b|\bshare\b|\bfraction\b|\bproportion\b|\bwhat part\b|占比|比例|百分之|百分比|占.{0,8}(?:多少|几)|几成/u,
      weight: 5,
    },
  ],
  needs: (s) => s.named.length > 0,
  run: (ctx, s) => {
    const asked = s.counts.map((c) => c.value);
    const figures = s.named.flatMap((e) => figureOf(ctx, e, 'demand', asked) ?? []);
    return figures.length === 0 ? undefined : shareOfTotal(ctx, figures, s.scenario);
  },
  examples: {
    en: ['what % of the 432k is openai', 'what share of total demand is Meta?'],
    zh: ['OpenAI 占总需求的比例是多少？', 'Inflection 占 43.2 万的百分之几'],
  },
} as const satisfies Intent;
