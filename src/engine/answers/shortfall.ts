import type { Calculation } from '../../calculator/calculation.js';
import { difference, share } from '../../calculator/compareAmounts.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { pricing } from './gap.js';

/**
 * How far what an entity has or gets falls short of what it wants: "if Meta only got half of its
 * 25k, how many short?", "Azure already has 15k, how far from its need?". The count had is the
 * user's (or a share of the figure wanted, worked first); the figure wanted is the article's.
 *
 * @param wanted - the entity's demand, with the facts stating it
 * @param had - what it has or gets, and the working that made it when it is a share of the demand
 * @param priced - what the missing GPUs cost is asked, at the user's price or else the article's
 * @returns undefined when what it has is not less than what it wants (nothing is short)
 */
export function shortfall(
  ctx: AskContext,
  entity: Entity,
  wanted: { readonly value: number; readonly facts: readonly Fact[] },
  had: { readonly value: number; readonly working?: Calculation; readonly facts?: readonly Fact[] },
  priced?: { readonly price: number | undefined },
): Answer | undefined {
  if (had.value >= wanted.value) return undefined;
  const short = difference(
    { value: wanted.value, unit: 'gpus', label: entity.id },
    { value: had.value, unit: 'gpus' },
  );
  const used = priced === undefined ? undefined : pricing(ctx.kb, priced.price);
  return buildAnswer(ctx, {
    kind: 'what-if',
    found: true,
    // What it holds (or gets) against what it wants.
    topic: 'holdings',
    subject: entity,
    related: [entity],
    facts: [...wanted.facts, ...(had.facts ?? []), ...(used?.facts ?? [])],
    calculations: [
      ...(had.working === undefined ? [] : [had.working]),
      ...(had.value > 0
        ? [share({ value: had.value, unit: 'gpus' }, { value: wanted.value, unit: 'gpus', label: entity.id })]
        : []),
      // The count short last: what a follow-up ("what would the rest cost?") points back at.
      short,
      ...(used === undefined ? [] : [valueAtPrice(short.result.value, used.value, 'demand-cost')]),
    ],
    ...(used === undefined ? {} : { price: { value: used.value, fromUser: used.fromUser } }),
  });
}
