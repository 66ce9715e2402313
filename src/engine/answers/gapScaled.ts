import { scaleGpus } from '../../calculator/scaleGpus.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { shortageFacts } from './shortageFacts.js';

/**
 * The shortage scaled by a factor: "假如缺口减半, 还差多少张?" → 430,000 × 0.5 = 215,000.
 *
 * @param factor - what the shortage is multiplied by, e.g. 0.5
 * @param from - the headline's shortage, or §02's total when the user calls that the gap ("the 432k gap")
 * @returns undefined when the knowledge states no such figure
 */
export function gapScaled(
  ctx: AskContext,
  factor: number,
  from: 'headline' | 'total' = 'headline',
): Answer | undefined {
  const shortage = shortageFacts(ctx, from);
  if (shortage === undefined) return undefined;
  return buildAnswer(ctx, {
    kind: 'what-if',
    found: true,
    topic: 'gap',
    facts: shortage.facts,
    calculations: [scaleGpus(shortage.count, factor, shortage.fact.id)],
  });
}
