import { difference } from '../../calculator/compareAmounts.js';
import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { quantityOf } from './factQueries.js';

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
  const gapFact = ctx.kb.facts.find(
    (f) => f.metric === (from === 'total' ? 'h100-demand-total' : 'h100-gap'),
  );
  const gap = gapFact === undefined ? undefined : quantityOf(gapFact);
  if (gapFact === undefined || gap === undefined || supplied.value > gap) return undefined;
  return buildAnswer(ctx, {
    kind: 'what-if',
    found: true,
    topic: 'gap',
    ...(supplied.entity === undefined ? {} : { subject: supplied.entity, related: [supplied.entity] }),
    // (Off §02's total, the headline's own shortage is said beside it.)
    facts: [
      gapFact,
      ...(from === 'total' ? ctx.kb.facts.filter((f) => f.metric === 'h100-gap') : []),
      ...supplied.facts,
    ],
    calculations: [
      difference(
        { value: gap, unit: 'gpus', label: gapFact.id },
        {
          value: supplied.value,
          unit: 'gpus',
          ...(supplied.entity === undefined ? {} : { label: supplied.entity.id }),
        },
      ),
    ],
  });
}
