import type { Calculation } from './calculation.js';
import { assertCount } from './limits.js';

/**
 * How many H100s do the 16-bit work of a number of A100s: the A100s divided by the article's speed-up.
 *
 * @param a100s - whole number of A100s
 * @param speedup - the article's factor for the workload: about 2.3 for training, 3.5 for inference
 * @param source - id of the fact the speed-up comes from
 * @throws UserInputError for a count out of range
 * @example h100Equivalents(23_000, 2.3) // 10,000 H100s
 */
export function h100Equivalents(a100s: number, speedup: number, source?: string): Calculation {
  assertCount(a100s);
  if (!Number.isFinite(speedup) || speedup <= 0)
    throw new RangeError(`speed-up must be positive, got ${speedup}`);
  const result = { value: Math.round((a100s / speedup) * 10) / 10, unit: 'h100-equivalents' } as const;
  return {
    kind: 'h100-equivalents',
    result,
    steps: [
      {
        op: 'divide',
        operands: [
          { value: a100s, unit: 'gpus', label: 'a100' },
          { value: speedup, unit: 'times', ...(source === undefined ? {} : { label: source }) },
        ],
        result,
      },
    ],
  };
}
