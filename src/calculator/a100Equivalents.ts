import type { Calculation } from './calculation.js';
import { assertCount } from './limits.js';

/**
 * How many A100s do the 16-bit work of a number of H100s, at the article's speed-up.
 *
 * @param h100s - whole number of H100s
 * @param speedup - the article's factor for the workload: about 2.3 for training, 3.5 for inference
 * @throws UserInputError for a count out of range
 */
export function a100Equivalents(h100s: number, speedup: number): Calculation {
  assertCount(h100s);
  if (!Number.isFinite(speedup) || speedup <= 0) throw new RangeError(`speed-up must be positive, got ${speedup}`);
  const result = { value: h100s * speedup, unit: 'a100-equivalents' } as const;
  return {
    kind: 'a100-equivalents',
    result,
    steps: [
      {
        op: 'multiply',
        operands: [
          { value: h100s, unit: 'gpus', label: 'h100' },
          { value: speedup, unit: 'times' },
        ],
        result,
      },
    ],
  };
}
