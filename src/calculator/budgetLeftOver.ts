import type { Calculation } from './calculation.js';
import { assertCount, assertPrice } from './limits.js';

/**
 * The money a budget has left after buying whole GPUs at a price each: "$1,200,000 − 34 × $35,000 =
 * $10,000". The cost of the GPUs is worked first, then taken from the budget.
 *
 * @param budget - US dollars to spend, e.g. 1,200,000
 * @param gpus - whole GPUs bought, e.g. 34
 * @param price - US dollars per GPU, e.g. 35,000
 * @throws UserInputError for a count or price out of range
 * @example budgetLeftOver(1_200_000, 34, 35_000) // result $10,000, steps 34 × $35,000 = $1,190,000; $1,200,000 − $1,190,000 = $10,000
 */
export function budgetLeftOver(budget: number, gpus: number, price: number): Calculation {
  assertCount(gpus);
  assertPrice(price);
  const spent = { value: gpus * price, unit: 'usd' } as const;
  const result = { value: Math.max(0, budget - spent.value), unit: 'usd' } as const;
  return {
    kind: 'left-over',
    result,
    steps: [
      {
        op: 'multiply',
        operands: [
          { value: gpus, unit: 'gpus' },
          { value: price, unit: 'usd-per-gpu' },
        ],
        result: spent,
      },
      { op: 'subtract', operands: [{ value: budget, unit: 'usd' }, spent], result },
    ],
  };
}
