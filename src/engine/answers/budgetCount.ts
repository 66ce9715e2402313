import { remainder } from '../../calculator/compareAmounts.js';
import { gpusForBudget } from '../../calculator/gpusForBudget.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { pricing } from './gap.js';

/**
 * How many H100s a budget buys: the sum divided by the user's price, or by the article's ~$35,000
 * when none is given, rounded down to whole GPUs; with `leftOver`, the money those whole GPUs leave.
 *
 * @throws UserInputError for a budget or price out of range
 */
export function budgetCount(
  ctx: AskContext,
  budget: number,
  price?: number,
  leftOver = false,
): Answer | undefined {
  const h100 = ctx.kb.entityById.get('h100');
  if (h100 === undefined) return undefined;
  const used = pricing(ctx.kb, price);
  const bought = gpusForBudget(budget, used.value);
  // (What they cost, then what that leaves of the budget: the money-left line valuations already say.)
  const spent = valueAtPrice(bought.result.value, used.value, 'demand-cost');
  const left = remainder({ value: budget, unit: 'usd' }, spent.result);
  return buildAnswer(ctx, {
    kind: 'cost',
    found: true,
    topic: 'price',
    subject: h100,
    facts: used.facts,
    calculations: [bought, ...(leftOver ? [spent, left] : [])],
    price: { value: used.value, fromUser: used.fromUser },
  });
}
