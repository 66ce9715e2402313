import { difference } from '../../calculator/compareAmounts.js';
import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { shortageFacts } from './shortageFacts.js';

/**
 * What would remain of the headline shortage if some GPUs were delivered: "if OpenAI got all 50k it
 * wants, what's left of the 430k?", "如果到货 10 万张, 缺口还剩多少?".
 *
 * @param supplied - the GPUs delivered, with the entity (and facts) they are for when named
 * @param from - the shortage they come off: the headline's, or §02's total when the user calls that the gap
 * @returns undefined when the knowledge states no shortage, or more is supplied than is short
 */
export function gapFilled(
  ctx: AskContext,
  supplied: { readonly value: number; readonly entity?: Entity; readonly facts: readonly Fact[] },
  from: 'headline' | 'total' = 'headline',
): Answer | undefined {
  // ("how much of the 432k gap is left": the user's shortage is §02's total, which the article has too.)
  const shortage = shortageFacts(ctx, from);
  if (shortage === undefined || supplied.value > shortage.count) return undefined;
  return buildAnswer(ctx, {
    kind: 'what-if',
    found: true,
    topic: 'gap',
    ...(supplied.entity === undefined ? {} : { subject: supplied.entity, related: [supplied.entity] }),
    facts: [...shortage.facts, ...supplied.facts],
    calculations: [
      difference(
        { value: shortage.count, unit: 'gpus', label: shortage.fact.id },
        {
          value: supplied.value,
          unit: 'gpus',
          ...(supplied.entity === undefined ? {} : { label: supplied.entity.id }),
        },
      ),
    ],
  });
}
