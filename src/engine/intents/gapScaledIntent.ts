import { gapScaled } from '../answers/gapScaled.js';
import { articleFigures } from '../articleFigures.js';
import type { Slots } from '../slots.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { FACTORS, PERCENT_CHANGE_OF_COUNT, percentFactor } from './readChanges.js';
import { withPrice } from './signals.js';

/** The shortage named: "the shortage", "缺口", "the 430k gap". */
const SHORTAGE = /\bshortage\b|\bgap\b|\bshortfall\b|缺口|短缺/gu;

/** §02's total named: "total demand", "the overall number", "总需求", "43.2万", "432k". */
const TOTAL = /\btotal\b|\boverall\b|\bdemand\b|\bestimate\b|总需求|总数|需求|43\.2万|\b432(?:k|,?000)\b/gu;

/** How near a factor must stand to the figure's name to be said of it ("缺口减半", "halve the gap"). */
const NEAR = 24;

/** The factor said near a name of the figure, in words ("减半") or as a percentage ("少20%"). */
function factorNear(s: Slots, names: RegExp): number | undefined {
  const text = s.reading.text;
  const percent = percentFactor(s);
  for (const m of text.matchAll(names)) {
    const around = text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
    const factor = FACTORS.find((f) => f.factor > 0 && f.re.test(around))?.factor;
    if (factor !== undefined) return factor;
    if (percent !== undefined && PERCENT_CHANGE_OF_COUNT.test(around)) return percent;
  }
  return undefined;
}

/**
 * The figure scaled and the factor: the shortage ("缺口减半"), or §02's total when that is what is
 * named ("what if total demand ends up 30% higher", "需求少两成, 43.2万变成多少") or called the gap.
 */
function scaling(
  s: Slots,
  totalDemand: number | undefined,
): { factor: number; from: 'headline' | 'total' } | undefined {
  const ofShortage = factorNear(s, SHORTAGE);
  // ("the 432k gap": §02's total quoted as the shortage.)
  const quotedTotal = s.amounts.some((a) => a.value === totalDemand);
  if (ofShortage !== undefined) return { factor: ofShortage, from: quotedTotal ? 'total' : 'headline' };
  const ofTotal = factorNear(s, TOTAL);
  return ofTotal === undefined ? undefined : { factor: ofTotal, from: 'total' };
}

/** "假如缺口减半, 还差多少张?", "if the shortage halved, how many would still be missing?": the shortage scaled. */
export const gapScaledIntent = {
  id: 'gap-scaled',
  cues: { gap: 1.5 },
  patterns: [],
  // Said of the shortage itself, with no buyer whose own count it would be (those are what-ifs); a
  // maker may be named ("假如台积电扩产让缺口减半", "假设英伟达突然爆产能").
  needs: (s, ctx) =>
    s.ofKind('company', 'cloud', 'group').every((e) => figureOf(ctx, e, 'demand') === undefined) &&
    scaling(s, articleFigures(ctx.kb).totalDemand) !== undefined,
  // (Valuing what is left is this reading's too: "…还差多少张? 剩下这部分值多少钱?". The total named
  // and changed outscores the total read out: "what if total demand doubles".)
  fit: (s, ctx) =>
    (s.has('value') ? 2.5 : 1.5) +
    (scaling(s, articleFigures(ctx.kb).totalDemand)?.from === 'total' ? 1.5 : 0),
  run: (ctx, s) => {
    const scaled = scaling(s, articleFigures(ctx.kb).totalDemand);
    if (scaled === undefined) return undefined;
    // ("…还差多少张? 按3.5万美元一张, 剩下这部分值多少钱?": what is left, valued.)
    const priced = s.has('value') || s.price !== undefined ? withPrice(s) : undefined;
    return gapScaled(ctx, scaled.factor, scaled.from, priced);
  },
  examples: {
    en: [
      'if the shortage were cut in half, how many H100s would still be missing?',
      'halve the gap, what is left?',
      'say overall demand comes in 15% under the estimate, what number do we get',
    ],
    zh: ['假如供给缺口减半，还差多少张 H100？', '缺口翻倍的话是多少张', '要是总需求再多三成，会变成多少张'],
  },
} as const satisfies Intent;
