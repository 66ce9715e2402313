import { gapScaled } from '../answers/gapScaled.js';
import { articleFigures } from '../articleFigures.js';
import type { Slots } from '../slots.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { FACTORS } from './readChanges.js';
import { withPrice } from './signals.js';

/** The shortage named: "the shortage", "缺口", "the 430k gap". */
const SHORTAGE = /\bshortage\b|\bgap\b|\bshortfall\b|缺口|短缺/gu;

/** How near a factor must stand to the shortage's name to be said of it ("缺口减半", "halve the gap"). */
const NEAR = 24;

/** The factor said of the shortage itself, if any. */
function factorOfShortage(s: Slots): number | undefined {
  const text = s.reading.text;
  for (const m of text.matchAll(SHORTAGE)) {
    const around = text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
    const factor = FACTORS.find((f) => f.factor > 0 && f.re.test(around))?.factor;
    if (factor !== undefined) return factor;
  }
  return undefined;
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
    factorOfShortage(s) !== undefined,
  // (Valuing what is left is this reading's too: "…还差多少张? 剩下这部分值多少钱?".)
  fit: (s) => (s.has('value') ? 2.5 : 1.5),
  run: (ctx, s) => {
    const factor = factorOfShortage(s);
    if (factor === undefined) return undefined;
    // ("the 432k gap": §02's total quoted as the shortage.)
    const { totalDemand } = articleFigures(ctx.kb);
    const quotedTotal = s.amounts.some((a) => a.value === totalDemand);
    // ("…还差多少张? 按3.5万美元一张, 剩下这部分值多少钱?": what is left, valued.)
    const priced = s.has('value') || s.price !== undefined ? withPrice(s) : undefined;
    return gapScaled(ctx, factor, quotedTotal ? 'total' : 'headline', priced);
  },
  examples: {
    en: [
      'if the shortage were cut in half, how many H100s would still be missing?',
      'halve the gap, what is left?',
    ],
    zh: ['假如供给缺口减半，还差多少张 H100？', '缺口翻倍的话是多少张'],
  },
} as const satisfies Intent;
