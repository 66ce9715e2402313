import { averageGpus } from '../../calculator/averageGpus.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import type { Answer } from '../answer.js';

/** The middle of a range asked: "取中间值", "区间中值", "the midpoint", "middle of the range". */
export const MIDPOINT_ASKED =
  /中间值|中間值|中值|取中|中位|\bmid-?point\b|\bmiddle of (?:the|that|its|their) range\b|\bmiddle of (?:it|that)\b|\b(?:the )?middle (?:figure|number|value)\b|\bhalfway\b|\bsplit the difference\b/u;

/**
 * An answer that states a range of GPUs, with its midpoint worked out when the question asks for it:
 * "CoreWeave 有 3.5 万到 4 万块, 取区间中值应该写多少?" → (35,000 + 40,000) ÷ 2 = 37,500.
 *
 * @param question - the text of the part asked
 * @returns the answer as it was when no midpoint is asked or it states no range of GPUs
 */
export function withMidpoint(answer: Answer, question: string): Answer {
  if (!answer.found || !MIDPOINT_ASKED.test(question)) return answer;
  if (answer.calculations.some((c) => c.kind === 'average')) return answer;
  const range = answer.facts.find(
    (f) => f.unit === 'gpus' && f.quantity !== undefined && !('value' in f.quantity),
  );
  const q = range?.quantity;
  if (range === undefined || q === undefined || 'value' in q) return answer;
  const sum = sumGpus([
    { label: range.subject ?? range.id, gpus: q.min },
    { label: range.subject ?? range.id, gpus: q.max },
  ]);
  // (Labelled as the range's middle, so the reply says so rather than "on average, each".)
  const mean = averageGpus(sum);
  const result = { ...mean.result, label: 'midpoint' };
  const midpoint = { ...mean, result, steps: mean.steps.map((step) => ({ ...step, result })) };
  return { ...answer, calculations: [...answer.calculations, sum, midpoint] };
}
