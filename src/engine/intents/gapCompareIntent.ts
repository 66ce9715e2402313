import { gapCompared } from '../answers/gapCompared.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { measureFor } from './measureOf.js';

/** How the shortage stands against something else: times, a difference, "how many X's worth". */
const SET_AGAINST =
  /\bhow far apart\b|\bapart\b|\bratio\b|\btimes\b|\bhow many (?:\S+ )?(?:worth|of)\b|\bworth of\b|\bdifference\b|\bgap between\b|\bhow (?:much|many) (?:more|bigger|larger)\b|\bcompared?\b|\bvs\.?\b|几个|幾個|几倍|幾倍|多少倍|相当于|相當於|相差|差多少|差几|差幾|比.{0,12}(?:多|大|少)/u;

/** Two figures' distance, called a gap: "the gap between those two", "gap in GPUs between them". */
export const TWO_APART =
  /\bgap (?:in \w+ )?between (?:those|these|the|them|both)\b|\bbetween (?:those|these|the) two\b/u;

/** The shortage named outright, not a "差多少" that merely cues it. */
const SHORTAGE = /缺口|短缺|\bshortage\b|\bgap\b|\bmissing\b|\bshortfall\b/u;

/**
 * "缺口 43 万张相当于几个 OpenAI?", "ratio of the shortage to GCP's fleet", "缺口和总需求 43.2 万差多少":
 * the headline shortage against an entity's figure or §02's total.
 */
export const gapCompareIntent = {
  id: 'gap-compare',
  cues: { gap: 1.5, compare: 0.5 },
  patterns: [{ re: SET_AGAINST, weight: 1.5 }],
  // ("the gap in GPUs between those two": how far two figures are apart, not the shortage.)
  needs: (s) =>
    s.has('gap') &&
    SHORTAGE.test(s.reading.text) &&
    !TWO_APART.test(s.reading.text) &&
    SET_AGAINST.test(s.reading.text) &&
    (s.named.length === 1 || (s.named.length === 0 && s.has('total'))),
  run: (ctx, s) => {
    const [entity] = s.named;
    if (entity === undefined) {
      const total = ctx.kb.facts.find((f) => f.metric === 'h100-demand-total');
      return total === undefined ? undefined : gapCompared(ctx, total);
    }
    const figure =
      figureOf(ctx, entity, measureFor(ctx, s) === 'holdings' ? 'holdings' : 'demand') ??
      figureOf(ctx, entity, 'holdings');
    return figure === undefined ? undefined : gapCompared(ctx, figure);
  },
  examples: {
    en: ['the shortage is how many times what openai wants?', "ratio of the shortage to gcp's h100s?"],
    zh: ['缺口43万张，相当于几个 OpenAI 的需求？', '供给缺口和总需求43.2万相差多少张？'],
  },
} as const satisfies Intent;
