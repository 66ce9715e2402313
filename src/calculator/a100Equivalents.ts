import type { Calculation } from './calculation.js';
import { assertCount } from './limits.js';

/**
 * How many A100s do the 16-bit work of a number of H100s, at the article's speed-up.
 *
 * @param h100s - whole number of H100s
 * @param speedup - the article's factor for the workload: about 2.3 for training, 3.5 for inference
 * @param source - id of the fact the speed-up comes from, so the shown step can cite it
 * @throws UserInputError for a count out of range
 */
export function a100Equivalents(h100s: number, speedup: number, source?: string): Calculation {
  assertCount(h100s);
  if (!Number.isFinite(speedup) || speedup <= 0)
    throw new RangeError(`speed-up must be positive, got ${speedup}`);
  const result = { value: h100s * speedup, unit: 'a100-equivalents' } as const;
  return {
    kind: 'a100-equivalents',
    result,
    steps: [
      {
        op: 'multiply',
        operands: [
          { value: h100s, unit: 'gpus', label: 'h100' },
          { value: speedup, unit: 'times', ...(source === undefined ? {} : { label: source }) },
        ],
        result,
      },
    ],
  };
}
