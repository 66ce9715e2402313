import type { Calculation } from './calculation.js';
import { assertPrice } from './limits.js';

/**
 * A price raised or cut by a percentage: "$35,000 × 20% = $7,000; $35,000 − $7,000 = $28,000".
 *
 * @param price - US dollars per GPU before the change, e.g. 35,000
 * @param percent - the change in percent, negative for a cut, e.g. −20
 * @throws UserInputError when the price before or after the change is out of range (a cut of 100% or more)
 * @example changePrice(35_000, -20) // result $28,000 per GPU, in two steps
 */
export function changePrice(price: number, percent: number): Calculation {
  assertPrice(price);
  const by = Math.round(price * Math.abs(percent)) / 100;
  const result = { value: percent < 0 ? price - by : price + by, unit: 'usd-per-gpu' } as const;
  assertPrice(result.value);
  const before = { value: price, unit: 'usd-per-gpu' } as const;
  const change = { value: by, unit: 'usd-per-gpu' } as const;
  return {
    kind: 'price-change',
    result,
    steps: [
      { op: 'multiply', operands: [before, { value: Math.abs(percent), unit: 'percent' }], result: change },
      { op: percent < 0 ? 'subtract' : 'sum', operands: [before, change], result },
    ],
  };
}
