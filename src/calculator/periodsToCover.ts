import type { Amount, Calculation } from './calculation.js';
import { assertCount } from './limits.js';

/** A span of time a rate of GPUs is given per. */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * How many periods a rate of GPUs takes to make up a count: "at 100k H100s a quarter, how many quarters
 * to cover the 432k?" → 432,000 ÷ 100,000 = 4.32 quarters.
 *
 * @param needed - the count to make up, labelled with the fact or entity it is
 * @param perPeriod - GPUs per period, e.g. 100,000
 * @param period - the period the rate is given per; kept as the result's label
 * @throws UserInputError for a rate out of range
 * @example periodsToCover({ value: 432_000, unit: 'gpus' }, 100_000, 'quarter') // 4.32 (quarters)
 */
export function periodsToCover(needed: Amount, perPeriod: number, period: Period): Calculation {
  assertCount(perPeriod);
  if (perPeriod <= 0) throw new RangeError(`a rate must be positive, got ${perPeriod}`);
  const result = {
    value: Math.round((needed.value / perPeriod) * 100) / 100,
    unit: 'duration',
    label: period,
  } as const;
  return {
    kind: 'periods',
    result,
    steps: [
      {
        op: 'divide',
        operands: [needed, { value: perPeriod, unit: 'gpus', label: `per-${period}` }],
        result,
      },
    ],
  };
}
