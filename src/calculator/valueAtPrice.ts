import type { Calculation } from './calculation.js';
import { assertCount, assertPrice } from './limits.js';

/**
 * What a number of GPUs costs at a price each: the gap's value, or one company's demand.
 *
 * @param gpus - whole number of GPUs, e.g. 432,000
 * @param price - US dollars per GPU, e.g. 30,000
 * @param label - entity id whose GPUs these are, for the shown step
 * @throws UserInputError for a count or price out of range
 * @example valueAtPrice(432_000, 30_000) // result $12.96B, step 432,000 × $30,000 = $12,960,000,000
 */
export function valueAtPrice(
  gpus: number,
  price: number,
  kind: 'gap-value' | 'demand-cost' = 'gap-value',
  label?: string,
): Calculation {
  assertCount(gpus);
  assertPrice(price);
  const result = { value: gpus * price, unit: 'usd' } as const;
  return {
    kind,
    result,
    steps: [
      {
        op: 'multiply',
        operands: [
          { value: gpus, unit: 'gpus', ...(label === undefined ? {} : { label }) },
          { value: price, unit: 'usd-per-gpu' },
        ],
        result,
      },
    ],
  };
}
