import { scaleGpus } from '../../calculator/scaleGpus.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { pricing } from './gap.js';
import { shortageFacts } from './shortageFacts.js';

/**
 * The shortage scaled by a factor: "假如缺口减半, 还差多少张?" → 430,000 × 0.5 = 215,000.
 *
 * @param factor - what the shortage is multiplied by, e.g. 0.5
 * @param from - the headline's shortage, or §02's total when the user calls that the gap ("the 432k gap")
 * @param priced - whether what is left is valued ("剩下这部分值多少钱"), and at whose price: the user's
 *   when given, else the article's
 * @returns undefined when the knowledge states no such figure
 */
export function gapScaled(
  ctx: AskContext,
  factor: number,
  from: 'headline' | 'total' = 'headline',
  priced?: { readonly price?: number },
): Answer | undefined {
  const shortage = shortageFacts(ctx, from);
  if (shortage === undefined) return undefined;
  const scaled = scaleGpus(shortage.count, factor, shortage.fact.id);
  const used = priced === undefined ? undefined : pricing(ctx.kb, priced.price);
  return buildAnswer(ctx, {
    kind: 'what-if',
    found: true,
    topic: 'gap',
    facts: [...shortage.facts, ...(used?.facts ?? [])],
    calculations: [
      scaled,
      ...(used === undefined ? [] : [valueAtPrice(scaled.result.value, used.value, 'gap-value')]),
    ],
    ...(used === undefined ? {} : { price: { value: used.value, fromUser: used.fromUser } }),
  });
}
