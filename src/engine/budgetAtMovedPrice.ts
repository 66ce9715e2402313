import type { Answer } from './answer.js';
import type { AskContext } from './context.js';
import type { Lexicon } from './lexicon.js';
import { type Reading, readQuestion } from './readQuestion.js';
import { readSlots } from './slots.js';

/**
 * "预算一千万美元，按文章单价能买几张？如果价格降15%又能买几张？": a part that only moves the price,
 * after a budget counted, counts the same budget again at the moved price.
 *
 * @returns the part before and this one read as one, or undefined when this part is no such move
 */
export function budgetAtMovedPrice(
  ctx: AskContext,
  previous: Reading,
  reading: Reading,
  lexicon: Lexicon,
  before: Answer | undefined,
): Reading | undefined {
  if (
    before?.calculations.some((c) => c.kind === 'budget-gpus') !== true ||
    reading.numbers.length !== 1 ||
    reading.numbers[0]?.percent !== true ||
    reading.entities.some((m) => m.entity.kind !== 'gpu')
  )
    return undefined;
  if (readSlots(ctx, reading).priceChange === undefined) return undefined;
  return readQuestion(`${previous.text}, ${reading.text}`, lexicon);
}
