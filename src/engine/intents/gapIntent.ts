import { difference } from '../../calculator/compareAmounts.js';
import { gap } from '../answers/gap.js';
import { articleFigures } from '../articleFigures.js';
import { TWO_APART } from './gapCompareIntent.js';
import { howFarFromArticle } from './howFarFromArticle.js';
import type { Intent } from './intent.js';
import { scenarioOf, topicScore, withPrice } from './signals.js';

const BETWEEN = /\b(?:gap|difference) between\b|\bbetween (?:the two|them|both)\b|差距|相差/u;

/** How far two figures are apart, asked: "差几张", "差多少", "how many fewer", "how far". */
const APART =
  /差几张|差幾張|差多少|相差|差几多|\bhow (?:many|much) (?:fewer|less|more)\b|\bhow far\b|\bdifference\b/u;

/** "How big is the shortage?", "缺口有多大": §02's total against what is supplied, and its value. */
export const gapIntent = {
  id: 'gap',
  cues: { gap: topicScore(6) },
  patterns: [],
  needs: (s) => s.has('gap'),
  // "the gap between the two", "两家差距多大": a difference of the names, not the shortage.
  fit: (s) =>
    (s.named.length >= 2 && BETWEEN.test(s.reading.text)) || TWO_APART.test(s.reading.text) ? -3 : 0,
  run: (ctx, s) => {
    // ("全部加起来(Meta计2.5万)真是43.2万吗? 差多少?": the lower total, and how far it is from the article's.)
    const apart = howFarFromArticle(ctx, s);
    if (apart !== undefined) return apart;
    const told = gap(ctx, { scenario: scenarioOf(s), focus: 'gap', ...withPrice(s) });
    // ("缺口多少? 跟43.2万需求差几张?": the headline against §02's total, worked.)
    const { gap: headline, totalDemand } = articleFigures(ctx.kb);
    const apartAsked =
      APART.test(s.reading.text) &&
      headline !== undefined &&
      totalDemand !== undefined &&
      headline !== totalDemand;
    const answer = apartAsked
      ? { ...told, calculations: [...told.calculations, largerLessSmaller(totalDemand, headline)] }
      : told;
    // "'…the H100 shortfall at roughly 430,000 units.' accurate?": the count put up checked against the
    // headline's (or §02's total, when that is the one quoted).
    const quoted = s.amounts.find((a) => a.role === 'count' || (a.role === 'bare' && a.value >= 1000));
    if (!s.yesNo || quoted === undefined || answer === undefined) return answer;
    return { ...answer, verdict: quoted.value === headline || quoted.value === totalDemand ? 'yes' : 'no' };
  },
  examples: {
    en: ['How big is the H100 shortage?', 'Is there really a shortage of H100s?'],
    zh: ['H100 缺口有多大', '短缺多少张'],
  },
} as const satisfies Intent;

/** §02's total and the headline gap set against each other, the larger less the smaller. */
function largerLessSmaller(totalDemand: number, headline: number) {
  const total = { value: totalDemand, unit: 'gpus' as const, label: 'gap-total' };
  const gapCount = { value: headline, unit: 'gpus' as const, label: 'h100-gap' };
  return totalDemand > headline ? difference(total, gapCount) : difference(gapCount, total);
}
