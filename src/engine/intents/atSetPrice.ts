import { changePrice } from '../../calculator/changePrice.js';
import type { Answer } from '../answer.js';
import { pricing } from '../answers/gap.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';

/**
 * An answer worked at the price the question sets: the user's, or the article's moved by the percentage
 * the question says ("the article's price minus 20%", "要是减价三成"), that move's working shown first.
 *
 * @param work - the answer at a price; undefined price means the article's
 * @param given - the user's price per GPU, when not the slots' (a budget may be read as a price)
 */
export function atSetPrice(
  ctx: AskContext,
  s: Slots,
  work: (price: number | undefined) => Answer | undefined,
  given: { readonly price: number | undefined } = { price: s.price?.value },
): Answer | undefined {
  const { price } = given;
  const moved =
    s.priceChange === undefined ? undefined : changePrice(pricing(ctx.kb, price).value, s.priceChange);
  const answer = work(moved?.result.value ?? price);
  return answer === undefined || moved === undefined
    ? answer
    : { ...answer, calculations: [moved, ...answer.calculations] };
}
