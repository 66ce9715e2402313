import { difference, ratio } from '../../calculator/compareAmounts.js';
import type { Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import type { Figure } from '../intents/figures.js';
import { buildAnswer } from './buildAnswer.js';
import { quantityOf } from './factQueries.js';

/**
 * The headline shortage set against another figure: an entity's ("the gap is how many OpenAIs?") or
 * §02's total ("缺口和总需求 43.2 万差多少?"): how many times it is, and by how much it is larger.
 *
 * @param other - an entity's figure, or the fact of §02's total
 * @returns undefined when the knowledge states no shortage
 */
export function gapCompared(ctx: AskContext, other: Figure | Fact): Answer | undefined {
  const gapFact = ctx.kb.facts.find((f) => f.metric === 'h100-gap');
  const gap = gapFact === undefined ? undefined : quantityOf(gapFact);
  if (gapFact === undefined || gap === undefined) return undefined;
  const figure = 'entity' in other ? other : undefined;
  const value = figure?.value ?? ('metric' in other ? quantityOf(other) : undefined);
  if (value === undefined || value === 0) return undefined;
  const a = { value: gap, unit: 'gpus', label: gapFact.id } as const;
  const b = { value, unit: 'gpus', label: figure?.entity.id ?? ('id' in other ? other.id : '') } as const;
  const [big, small] = gap >= value ? [a, b] : [b, a];
  return buildAnswer(ctx, {
    kind: 'comparison',
    found: true,
    topic: 'gap',
    ...(figure === undefined ? {} : { subject: figure.entity, related: [figure.entity] }),
    facts: [gapFact, ...(figure?.facts ?? ('metric' in other ? [other] : []))],
    // Against §02's total the two are nearly equal: "how many times" says nothing there.
    calculations: figure === undefined ? [difference(big, small)] : [ratio(a, b), difference(big, small)],
  });
}
