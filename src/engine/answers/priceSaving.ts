import { difference } from '../../calculator/compareAmounts.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { pricing } from './gap.js';

/**
 * One count priced at two prices, and what the lower saves: "43.2万张按3.5万刀算约150亿, 单价砍到3万刀
 * 能省多少?" → both values, then their difference.
 *
 * @param prices - the two prices, in the order the question gives them
 * @throws UserInputError for a count or price out of range
 */
export function priceSaving(
  ctx: AskContext,
  count: { readonly value: number; readonly entity?: Entity; readonly facts: readonly Fact[] },
  prices: readonly [number, number],
): Answer {
  const [first, second] = prices;
  const label = count.entity?.id;
  const a = valueAtPrice(count.value, first, 'demand-cost', label);
  const b = valueAtPrice(count.value, second, 'demand-cost', label);
  const [high, low] = a.result.value >= b.result.value ? [a, b] : [b, a];
  return buildAnswer(ctx, {
    kind: 'cost',
    found: true,
    topic: 'price',
    ...(count.entity === undefined ? {} : { subject: count.entity }),
    facts: [...count.facts, ...pricing(ctx.kb, undefined).facts],
    calculations: [high, low, difference(high.result, low.result)],
    price: { value: low.steps[0]?.operands[1]?.value ?? second, fromUser: true },
  });
}
