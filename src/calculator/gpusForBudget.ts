import { UserInputError } from '../errors/UserInputError.js';
import type { Calculation } from './calculation.js';
import { assertPrice } from './limits.js';

/** Hundreds of times what every H100 in the article would cost: a larger budget is a typo. */
export const MAX_BUDGET_USD = 1e13;

/**
 * How many whole GPUs a sum of money buys at a price each: "$100,000,000 ÷ $35,000 = 2,857.1", so
 * 2,857. Rounded down, because a part of a GPU cannot be bought; the step keeps the exact quotient.
 *
 * @param budget - US dollars to spend, e.g. 100,000,000
 * @param price - US dollars per GPU, e.g. 35,000
 * @throws UserInputError for a budget or price out of range
 * @example gpusForBudget(1e8, 35_000) // result 2,857 GPUs, step $100,000,000 ÷ $35,000 = 2,857.14…
 */
export function gpusForBudget(budget: number, price: number): Calculation {
  if (!Number.isFinite(budget) || budget <= 0 || budget > MAX_BUDGET_USD) {
    throw new UserInputError('invalid-price', {
      en: 'The budget must be a number of US dollars above 0 and at most $10 trillion, e.g. $100M or 1 billion dollars.',
      zh: '预算须为大于 0、不超过 10万亿美元的数字，例如 1亿美元。',
    });
  }
  assertPrice(price);
  const exact = budget / price;
  const result = { value: Math.floor(exact), unit: 'gpus' } as const;
  return {
    kind: 'budget-gpus',
    result,
    steps: [
      {
        op: 'divide',
        operands: [
          { value: budget, unit: 'usd' },
          { value: price, unit: 'usd-per-gpu' },
        ],
        // (The quotient as it is, "$100M ÷ $35,000 = 2,857.1": the result keeps the whole GPUs.)
        result: { value: exact, unit: 'gpus' },
      },
    ],
  };
}
