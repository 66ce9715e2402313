import type { Calculation } from './calculation.js';
import { assertCount } from './limits.js';

/**
 * The price each GPU works out to when a sum of money buys a count of them: "$2B ÷ 50,000 = $40,000"
 * a card. Rounded to the dollar; the article's own price is rough to the thousand.
 *
 * @param total - US dollars paid for all of them, e.g. 2,000,000,000
 * @param count - how many GPUs that buys, e.g. 50,000
 * @throws UserInputError for a count out of range
 * @throws RangeError for a total that is not a positive number of dollars
 * @example pricePerGpu(2e9, 50_000) // result $40,000 per GPU, step $2,000,000,000 ÷ 50,000
 */
export function pricePerGpu(total: number, count: number): Calculation {
  assertCount(count);
  if (!Number.isFinite(total) || total <= 0) throw new RangeError('a total price must be above zero');
  const result = { value: Math.round(total / count), unit: 'usd-per-gpu' } as const;
  return {
    kind: 'unit-price',
    result,
    steps: [
      {
        op: 'divide',
        operands: [
          { value: total, unit: 'usd' },
          { value: count, unit: 'gpus' },
        ],
        result,
      },
    ],
  };
}
